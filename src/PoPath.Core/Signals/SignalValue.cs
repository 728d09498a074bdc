namespace PoPath.Core.Signals;

/// <summary>One signal's value in one period, with its band and the evidence behind it (DESIGN §7 <c>values[]</c>).</summary>
public sealed record SignalValue(
    string Period,
    DateTimeOffset Start,
    DateTimeOffset End,
    double? Value,
    SignalBand Band,
    int? Count,
    int? Of,
    string Note,
    IReadOnlyList<SignalEvidence> Evidence,
    int EvidenceTotal);
