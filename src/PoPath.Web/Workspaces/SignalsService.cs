using PoPath.Core.Signals;
using PoPath.Core.Storage;
using PoPath.Storage;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>The manager's view: the signals (Core/Signals) over the history stored with a snapshot, read as <c>popath signals --workspace</c> reads them (<see cref="WorkspaceSignals"/>).</summary>
internal sealed class SignalsService(StoreHolder holder)
{
    public sealed record View(SnapshotInfo Snapshot, SignalResult? Result, string? Message);

    public async Task<View?> ForAsync(WorkspaceRef workspace, int? number, CancellationToken ct = default)
    {
        var store = await holder.GetAsync(ct);
        WorkspaceSignals input;
        try
        {
            input = await WorkspaceSignals.LoadAsync(store, workspace.Name, number, ct: ct);
        }
        catch (StoreException)
        {
            return null;
        }

        if (!input.HasHistory)
        {
            return new View(input.Snapshot.Info, null, "This snapshot has no history (sprints and item events). Import a history export — Jira with changelogs, Azure DevOps updates, GitHub timelines, Linear — or read it through a connection, and the signals appear here.");
        }

        try
        {
            return new View(input.Snapshot.Info, input.Run(), null);
        }
        catch (ArgumentException e)
        {
            return new View(input.Snapshot.Info, null, e.Message);
        }
    }
}
