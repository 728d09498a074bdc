using PoPath.Core.Organisation;

namespace PoPath.Core.Signals;

/// <summary>Reads the history and the computed signals for organisational findings of one documented kind.</summary>
/// <remarks>Pure and thread-safe like <see cref="ISignal"/>; a rule that throws is skipped and the others go on.</remarks>
public interface IFindingRule
{
    /// <summary>The kind of finding it produces (<c>decision-room</c>, <c>unexplained-wait</c>).</summary>
    string Kind { get; }

    IEnumerable<OrganisationFinding> Find(SignalContext context, IReadOnlyList<SignalSeries> signals);
}
