using PoPath.Core.Model;

namespace PoPath.Core.Signals.Measures;

/// <summary>outcome_talk: the share of the top N items whose expected_outcome is present.</summary>
/// <remarks>Definition and edge cases: <c>docs/signals/outcome_talk.md</c>.</remarks>
public sealed class OutcomeTalkSignal : ReadinessShareSignal
{
    public const string Id = "outcome_talk";

    public static SignalThresholds DefaultThresholds { get; } = new(Watch: 0.5, Concern: 0.2, HigherIsWorse: false);

    public override SignalDescriptor Descriptor { get; } = new(Id, "Share of the top items whose expected outcome is present", DefaultThresholds);

    protected override string Counted => "state an expected outcome";

    protected override (bool Counts, string Text) Judge(Model.Readiness item)
    {
        var v = item.Of(Element.ExpectedOutcome);
        var status = v.Status.ToString().ToLowerInvariant();
        return v.Status == ElementStatus.Present && v.Evidence.Count > 0
            ? (true, $"expected_outcome present: \"{Clip(v.Evidence[0].Text)}\"")
            : (v.Status == ElementStatus.Present, $"expected_outcome {status}");
    }

    internal static string Clip(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
