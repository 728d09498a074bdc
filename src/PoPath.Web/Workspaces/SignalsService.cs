using Microsoft.EntityFrameworkCore;
using PoPath.Core.Signals;
using PoPath.Core.Storage;
using PoPath.Storage;
using PoPath.Storage.Schema;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>The manager's view: the signals (Core/Signals) over the history stored with a snapshot, read as <c>popath signals --workspace</c> reads them (<see cref="WorkspaceSignals"/>).</summary>
/// <remarks>
/// Computing the signals loads the snapshot, its history and the recent snapshots and reruns the practical test, so a
/// computed view is kept in <see cref="SignalsCache"/> per workspace and snapshot: a view of the page costs one snapshot
/// lookup until a new snapshot (with or without history) is imported.
/// </remarks>
internal sealed class SignalsService(StoreHolder holder, PoPathDbContext db, SignalsCache cache)
{
    public sealed record View(SnapshotInfo Snapshot, SignalResult? Result, string? Message);

    public async Task<View?> ForAsync(WorkspaceRef workspace, int? number, CancellationToken ct = default)
    {
        var q = db.Snapshots.AsNoTracking().Where(x => x.WorkspaceId == workspace.Id);
        var row = await (number is { } n ? q.Where(x => x.Number == n) : q.OrderByDescending(x => x.Number)).Select(x => new { x.Id, x.Number }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var owner = await db.WorkspaceSettings.AsNoTracking().Where(s => s.WorkspaceId == workspace.Id && s.Key == BacklogStore.ProductOwnerKey)
            .Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (cache.TryGet(workspace.Id, row.Id, out var cached, owner))
        {
            return cached;
        }

        var (view, used) = await ComputeAsync(workspace, row.Number, ct);
        if (view is not null)
        {
            cache.Put(workspace.Id, row.Id, view, used); // keyed by the owner the computation read
        }

        return view;
    }

    private async Task<(View? View, string? ProductOwner)> ComputeAsync(WorkspaceRef workspace, int number, CancellationToken ct)
    {
        var store = await holder.GetAsync(ct);
        WorkspaceSignals input;
        try
        {
            input = await WorkspaceSignals.LoadAsync(store, workspace.Name, number, ct: ct);
        }
        catch (StoreException)
        {
            return (null, null);
        }

        if (!input.HasHistory)
        {
            return (new View(input.Snapshot.Info, null, "This snapshot has no history (sprints and item events). Import a history export — Jira with changelogs, Azure DevOps updates, GitHub timelines, Linear — or read it through a connection, and the signals appear here."), input.ProductOwner);
        }

        try
        {
            return (new View(input.Snapshot.Info, input.Run(), null), input.ProductOwner);
        }
        catch (ArgumentException e)
        {
            return (new View(input.Snapshot.Info, null, e.Message), input.ProductOwner);
        }
    }
}
