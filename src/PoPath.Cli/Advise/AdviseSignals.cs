using PoPath.Core.Signals;
using PoPath.Storage;

namespace PoPath.Cli.Advise;

/// <summary>
/// The latest signal readings of a workspace's history, for <c>popath advise --workspace W</c>: the same computation as
/// <c>popath signals --workspace W</c> (<see cref="WorkspaceSignals"/>: latest snapshot's history, the workspace's product
/// owner or the inferred one, readiness of the recent snapshots), reduced to the latest reading per signal.
/// </summary>
internal static class AdviseSignals
{
    public static async Task<IReadOnlyList<SignalSummary>> ForWorkspaceAsync(BacklogStore store, string workspace, CancellationToken ct)
        => (await WorkspaceSignals.LoadAsync(store, workspace, ct: ct)).Run().Summaries();
}
