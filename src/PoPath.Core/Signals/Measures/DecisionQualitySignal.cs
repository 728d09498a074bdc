using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Signals.Measures;

/// <summary>decision_quality: the share of the top N items that pass the practical test (all five questions present or weak, at least three present).</summary>
/// <remarks>Definition and edge cases: <c>docs/signals/decision_quality.md</c>; the pass rule is <see cref="ReadinessEngine.Passes"/>.</remarks>
public sealed class DecisionQualitySignal : ReadinessShareSignal
{
    public const string Id = "decision_quality";

    public static SignalThresholds DefaultThresholds { get; } = new(Watch: 0.5, Concern: 0.2, HigherIsWorse: false);

    public override SignalDescriptor Descriptor { get; } = new(Id, "Share of the top items that pass the practical test", DefaultThresholds);

    protected override string Counted => "pass the practical test";

    protected override (bool Counts, string Text) Judge(Model.Readiness item)
    {
        var present = ElementNames.Questions.Count(e => item.Of(e).Status == ElementStatus.Present);
        var missing = ElementNames.Questions.Where(e => item.Of(e).Status == ElementStatus.Missing).Select(ElementNames.Id).ToList();
        return ReadinessEngine.Passes(item)
            ? (true, $"passes: {present} of 5 questions present, none missing")
            : (false, missing.Count > 0 ? $"does not pass: {string.Join(", ", missing)} missing" : $"does not pass: only {present} of 5 questions present");
    }
}
