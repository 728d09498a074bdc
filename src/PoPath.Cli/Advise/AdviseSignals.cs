using PoPath.Core.Signals;
using PoPath.Storage;

namespace PoPath.Cli.Advise;

/// <summary>
/// The hook where <c>popath advise --workspace W</c> gets the latest signal readings of a workspace's history.
/// </summary>
/// <remarks>
/// The signals analysis (DESIGN §4) is built separately. Until it lands this returns no readings, and the advice and the
/// manager's checklist say that no history was read. To wire it: compute the signals from
/// <see cref="BacklogStore.LoadHistoryAsync"/> here and return the latest <see cref="SignalSummary"/> per signal id.
/// Everything downstream (route reasons, decision-room findings from <c>order_overrides</c>, the checklist values)
/// already consumes them; the advisor's tests feed readings directly.
/// </remarks>
internal static class AdviseSignals
{
    public static Task<IReadOnlyList<SignalSummary>> ForWorkspaceAsync(BacklogStore store, string workspace, CancellationToken ct)
    {
        _ = store;
        _ = workspace;
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<SignalSummary>>([]);
    }
}
