using PoPath.Core.History;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Core.Storage;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>The manager's view: the signals (Core/Signals) over the history stored with a snapshot, plus the practical test of that snapshot.</summary>
internal sealed class SignalsService(StoreHolder holder)
{
    public sealed record View(SnapshotInfo Snapshot, SignalResult? Result, string? Message);

    public async Task<View?> ForAsync(WorkspaceRef workspace, int? number, CancellationToken ct = default)
    {
        var store = await holder.GetAsync(ct);
        StoredSnapshot snapshot;
        try
        {
            snapshot = await store.LoadSnapshotAsync(workspace.Name, number, ct);
        }
        catch (StoreException)
        {
            return null;
        }

        var stored = await store.LoadHistoryAsync(workspace.Name, snapshot.Info.Number, ct);
        if (stored.Events.Count == 0)
        {
            return new View(snapshot.Info, null, "This snapshot has no history (sprints and item events). Import a history export — Jira with changelogs, Azure DevOps updates, GitHub timelines, Linear — or read it through a connection, and the signals appear here.");
        }

        var history = new BacklogHistory(snapshot.Info.Source, snapshot.Info.Format, snapshot.Items, stored.Sprints, stored.Events, []);
        var run = ReadinessEngine.Default.Run(snapshot.Items);
        try
        {
            var result = SignalEngine.Default.Run(history, null, [new SnapshotReading(snapshot.Info.ImportedAt, run, $"snapshot {snapshot.Info.Number}")]);
            return new View(snapshot.Info, result, null);
        }
        catch (ArgumentException e)
        {
            return new View(snapshot.Info, null, e.Message);
        }
    }
}
