using System.Globalization;
using PoPath.Cli.Signals;
using PoPath.Core.History;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Storage;

namespace PoPath.Cli.Advise;

/// <summary>
/// The latest signal readings of a workspace's history, for <c>popath advise --workspace W</c>: the same computation as
/// <c>popath signals --workspace W</c> (latest snapshot's history, the workspace's product owner or the inferred one,
/// readiness of the recent snapshots), reduced to the latest reading per signal.
/// </summary>
internal static class AdviseSignals
{
    public static async Task<IReadOnlyList<SignalSummary>> ForWorkspaceAsync(BacklogStore store, string workspace, CancellationToken ct)
    {
        var stored = await store.LoadSnapshotAsync(workspace, null, ct);
        var storedHistory = await store.LoadHistoryAsync(workspace, stored.Info.Number, ct);
        var snapshots = new List<SnapshotReading>();
        foreach (var info in (await store.ListSnapshotsAsync(workspace, ct)).TakeLast(SignalsInput.MaxSnapshots))
        {
            var snap = info.Number == stored.Info.Number ? stored : await store.LoadSnapshotAsync(workspace, info.Number, ct);
            snapshots.Add(new SnapshotReading(info.ImportedAt, ReadinessEngine.Default.Run(snap.Items), string.Create(CultureInfo.InvariantCulture, $"snapshot {info.Number}")));
        }

        var history = new BacklogHistory(stored.Info.Source, stored.Info.Format, stored.Items, storedHistory.Sprints, storedHistory.Events, stored.Info.Diagnostics);
        var options = new SignalOptions { ProductOwner = await store.GetProductOwnerAsync(workspace, ct) };
        return SignalEngine.Default.Run(history, options, snapshots).Summaries();
    }
}
