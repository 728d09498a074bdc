namespace PoPath.Core.Signals;

/// <summary>What a signal measured in one period, before the engine applies the bands.</summary>
/// <param name="Value">The value (a share in 0–1 for every built-in signal); null when the period had nothing to measure.</param>
/// <param name="Count">The numerator of a share (e.g. items added after the start), when the value is a share.</param>
/// <param name="Of">The denominator of a share, when the value is a share.</param>
/// <param name="Note">One plain line on how the value came about, or why there is none.</param>
/// <param name="Evidence">The items and events behind the value (at most <see cref="SignalOptions.MaxEvidence"/>).</param>
/// <param name="EvidenceTotal">How many pieces of evidence there were before the cap.</param>
public sealed record SignalMeasure(double? Value, int? Count, int? Of, string Note, IReadOnlyList<SignalEvidence> Evidence, int EvidenceTotal)
{
    /// <summary>A period with nothing to measure.</summary>
    public static SignalMeasure Nothing(string note) => new(null, null, null, note, [], 0);

    /// <summary>A share <paramref name="count"/>/<paramref name="of"/>, or nothing when <paramref name="of"/> is 0.</summary>
    public static SignalMeasure Share(int count, int of, string note, EvidenceList evidence) =>
        of == 0 ? new(null, 0, 0, note, evidence.Items, evidence.Total) : new((double)count / of, count, of, note, evidence.Items, evidence.Total);
}
