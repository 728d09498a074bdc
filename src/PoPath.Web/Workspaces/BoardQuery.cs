using Microsoft.EntityFrameworkCore;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Storage;
using PoPath.Storage.Schema;

namespace PoPath.Web.Workspaces;

/// <summary>The board's reads, straight from the stored verdicts: one page of items in rank order, their chips, the gap profile.</summary>
/// <remarks>
/// The board never loads a whole snapshot: a 10,000-item snapshot is read a page at a time through <see cref="BoardReads"/>
/// (index-only count and page ordinals, then the page's rows by key), and the gap profile reads only the top items (the same
/// figures as <see cref="IBacklogStore.OverviewAsync"/>).
/// </remarks>
internal sealed class BoardQuery(PoPathDbContext db)
{
    public const int PageSize = 100;

    public sealed record Row(int Ordinal, string Id, string Title, int Rank, int Score, IReadOnlyDictionary<Element, ElementStatus> Chips);

    public sealed record Page(SnapshotInfo Snapshot, int Total, int PageNumber, int Pages, IReadOnlyList<Row> Rows);

    /// <summary>The snapshot row of <paramref name="number"/> (null: the latest), or null when there is none.</summary>
    public async Task<SnapshotInfo?> SnapshotAsync(WorkspaceRef workspace, int? number, CancellationToken ct = default)
    {
        var row = await SnapshotRowAsync(workspace, number, ct);
        return row is null ? null : RowMapper.ToInfo(workspace.Name, row);
    }

    public async Task<IReadOnlyList<SnapshotInfo>> SnapshotsAsync(WorkspaceRef workspace, CancellationToken ct = default) =>
        (await db.Snapshots.AsNoTracking().Where(s => s.WorkspaceId == workspace.Id).OrderByDescending(s => s.Number).ToListAsync(ct))
            .Select(s => RowMapper.ToInfo(workspace.Name, s)).ToList();

    /// <summary>One page of the board; <paramref name="element"/> with <paramref name="statuses"/> keeps only items whose element has one of them.</summary>
    public async Task<Page?> PageAsync(WorkspaceRef workspace, int? number, Element? element, IReadOnlyCollection<ElementStatus> statuses, int page, CancellationToken ct = default)
    {
        var s = await SnapshotRowAsync(workspace, number, ct);
        if (s is null)
        {
            return null;
        }

        var found = await new BoardReads(db).PageAsync(s, element, statuses, page, PageSize, ct);
        return new Page(RowMapper.ToInfo(workspace.Name, s), found.Total, found.PageNumber, found.Pages,
            found.Rows.Select(r => new Row(r.Ordinal, r.ItemId, r.Title, r.Rank, r.Score, r.Chips)).ToList());
    }

    /// <summary>The gap profile over the top <paramref name="top"/> items of the snapshot.</summary>
    public async Task<GapProfile> GapsAsync(SnapshotInfo snapshot, long workspaceId, int top = ReadinessEngine.DefaultTop, CancellationToken ct = default)
    {
        var s = await db.Snapshots.AsNoTracking().FirstAsync(x => x.WorkspaceId == workspaceId && x.Number == snapshot.Number, ct);
        var ordinals = await db.Items.AsNoTracking().Where(i => i.SnapshotId == s.Id).OrderBy(i => i.Rank).ThenBy(i => i.ItemId).Take(top).Select(i => i.Ordinal).ToListAsync(ct);
        var counts = await db.ElementResults.AsNoTracking().Where(r => r.SnapshotId == s.Id && ordinals.Contains(r.Ordinal))
            .GroupBy(r => new { r.Element, r.Status }).Select(g => new { g.Key.Element, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var gaps = ElementNames.All.Select(e =>
        {
            int Of(ElementStatus st) => counts.Where(c => c.Element == e.Id() && c.Status == st.Id()).Sum(c => c.Count);
            return new ElementGap(e, Of(ElementStatus.Present), Of(ElementStatus.Weak), Of(ElementStatus.Missing));
        }).ToList();
        return new GapProfile(top, ordinals.Count, gaps);
    }

    /// <summary>One item of a snapshot with its stored readiness, by its position in the snapshot; null when there is none.</summary>
    public async Task<(SnapshotInfo Snapshot, Readiness Readiness)?> ItemAsync(WorkspaceRef workspace, int? number, int ordinal, CancellationToken ct = default)
    {
        var s = await SnapshotRowAsync(workspace, number, ct);
        if (s is null)
        {
            return null;
        }

        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.SnapshotId == s.Id && i.Ordinal == ordinal, ct);
        if (item is null)
        {
            return null;
        }

        var result = await db.ItemResults.AsNoTracking().FirstAsync(r => r.SnapshotId == s.Id && r.Ordinal == ordinal, ct);
        var elements = await db.ElementResults.AsNoTracking().Where(r => r.SnapshotId == s.Id && r.Ordinal == ordinal).ToListAsync(ct);
        return (RowMapper.ToInfo(workspace.Name, s), RowMapper.ToReadiness(RowMapper.ToItem(item), result, elements));
    }

    private async Task<SnapshotRow?> SnapshotRowAsync(WorkspaceRef workspace, int? number, CancellationToken ct)
    {
        var q = db.Snapshots.AsNoTracking().Where(x => x.WorkspaceId == workspace.Id);
        return number is { } n ? await q.FirstOrDefaultAsync(x => x.Number == n, ct) : await q.OrderByDescending(x => x.Number).FirstOrDefaultAsync(ct);
    }
}
