using PoPath.Core.Organisation;

namespace PoPath.Core.Signals;

/// <summary>Every signal over every period, the product owner they were read against, and the organisational findings.</summary>
/// <param name="Problems">Signals or finding rules that failed, one line each; empty when all ran.</param>
public sealed record SignalResult(
    ProductOwner ProductOwner,
    PeriodKind PeriodKind,
    IReadOnlyList<SignalPeriod> Periods,
    IReadOnlyList<SignalSeries> Signals,
    IReadOnlyList<OrganisationFinding> Findings,
    IReadOnlyList<string> Problems)
{
    /// <summary>The latest reading of every signal, as the advisor and other analyses consume it.</summary>
    /// <remarks>The latest period that has a value; a signal with no value in any period reads <see cref="SignalBand.None"/> in the latest period; signals without periods are left out.</remarks>
    public IReadOnlyList<SignalSummary> Summaries() =>
        [.. Signals.Select(s => (s.Id, Latest: s.Latest)).Where(s => s.Latest is not null)
            .Select(s => new SignalSummary(s.Id, s.Latest!.Period, s.Latest.Value, s.Latest.Band))];

    /// <summary>The series of one signal id.</summary>
    /// <exception cref="KeyNotFoundException">No signal has that id.</exception>
    public SignalSeries Of(string id) => Signals.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException(id);
}
