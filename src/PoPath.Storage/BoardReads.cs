using Microsoft.EntityFrameworkCore;
using PoPath.Core.Model;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

/// <summary>The board's page reads over one stored snapshot: the matching count, one page of items in rank order, their chips.</summary>
/// <remarks>
/// Every read is served by an index (schema V6, see docs/storage.md), so a page costs the same on page 1 and page 100:
/// <list type="bullet">
/// <item>the page's ordinals come from <c>items (snapshot_id, rank, item_id, ordinal)</c> alone — the OFFSET walks index
/// entries, never table rows with their descriptions;</item>
/// <item>the filter is <c>ordinal IN (SELECT ordinal FROM element_results WHERE element = ? AND status IN … AND snapshot_id = ?)</c>,
/// read from <c>element_results (element, status, snapshot_id, ordinal)</c> alone, and its count from the same range;</item>
/// <item>the unfiltered count is the snapshot's stored <c>item_count</c>;</item>
/// <item>then the page's hundred rows, scores and chips by primary key.</item>
/// </list>
/// All values are EF Core parameters; no SQL is built from input.
/// </remarks>
internal sealed class BoardReads(PoPathDbContext db)
{
    /// <summary>The most rows one page may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>One board row: the item, its score and one status per element that has a verdict.</summary>
    public sealed record Row(int Ordinal, string ItemId, string Title, int Rank, int Score, IReadOnlyDictionary<Element, ElementStatus> Chips);

    /// <summary>One page: the number of matching items, the page number after clamping, the page count and the rows in rank order.</summary>
    public sealed record Page(int Total, int PageNumber, int Pages, IReadOnlyList<Row> Rows);

    /// <summary>Page <paramref name="page"/> (clamped to 1..pages) of the snapshot's items in rank order.</summary>
    /// <param name="snapshot">The snapshot row (its id and stored item count).</param>
    /// <param name="element">With <paramref name="statuses"/>: keep only items whose verdict on this element is one of them.</param>
    /// <param name="statuses">The statuses to keep; empty with an element means no filter.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1..<see cref="MaxPageSize"/>.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<Page> PageAsync(SnapshotRow snapshot, Element? element, IReadOnlyCollection<ElementStatus> statuses, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var sid = snapshot.Id;
        var items = db.Items.AsNoTracking().Where(i => i.SnapshotId == sid);
        int total;
        if (element is { } e && statuses.Count > 0)
        {
            var matching = Matching(sid, e, statuses);
            items = items.Where(i => matching.Contains(i.Ordinal));
            total = await matching.CountAsync(ct);
        }
        else
        {
            total = snapshot.ItemCount;
        }

        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var ordinals = total == 0 ? [] : await items.OrderBy(i => i.Rank).ThenBy(i => i.ItemId).ThenBy(i => i.Ordinal)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(i => i.Ordinal).ToListAsync(ct);
        return new Page(total, page, pages, await RowsAsync(sid, ordinals, ct));
    }

    /// <summary>The number of the snapshot's items whose verdict on <paramref name="element"/> is one of <paramref name="statuses"/>.</summary>
    public Task<int> CountAsync(long snapshotId, Element element, IReadOnlyCollection<ElementStatus> statuses, CancellationToken ct = default) =>
        Matching(snapshotId, element, statuses).CountAsync(ct);

    /// <summary>The rows of <paramref name="ordinals"/>, in that order (ordinals the snapshot lacks are left out).</summary>
    public async Task<IReadOnlyList<Row>> RowsAsync(long snapshotId, IReadOnlyList<int> ordinals, CancellationToken ct = default)
    {
        if (ordinals.Count == 0)
        {
            return [];
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(ordinals.Count, MaxPageSize, nameof(ordinals));
        var wanted = ordinals.ToList();
        var rows = await db.Items.AsNoTracking().Where(i => i.SnapshotId == snapshotId && wanted.Contains(i.Ordinal))
            .Join(db.ItemResults, i => new { i.SnapshotId, i.Ordinal }, r => new { r.SnapshotId, r.Ordinal }, (i, r) => new { i.Ordinal, i.ItemId, i.Title, i.Rank, r.Score })
            .ToDictionaryAsync(r => r.Ordinal, ct);
        var verdicts = await db.ElementResults.AsNoTracking().Where(r => r.SnapshotId == snapshotId && wanted.Contains(r.Ordinal))
            .Select(r => new { r.Ordinal, r.Element, r.Status }).ToListAsync(ct);
        var chips = new Dictionary<int, Dictionary<Element, ElementStatus>>();
        foreach (var v in verdicts)
        {
            if (ElementNames.TryParse(v.Element, out var el) && ElementNames.TryParseStatus(v.Status, out var st))
            {
                (chips.TryGetValue(v.Ordinal, out var d) ? d : chips[v.Ordinal] = []).Add(el, st);
            }
        }

        var result = new List<Row>(ordinals.Count);
        foreach (var o in ordinals)
        {
            if (rows.TryGetValue(o, out var r))
            {
                result.Add(new Row(r.Ordinal, r.ItemId, r.Title, r.Rank, r.Score, chips.GetValueOrDefault(o) ?? new Dictionary<Element, ElementStatus>()));
            }
        }

        return result;
    }

    // Element and status lead the V6 index, so this reads one contiguous index range per status and never the table.
    private IQueryable<int> Matching(long snapshotId, Element element, IReadOnlyCollection<ElementStatus> statuses)
    {
        var id = element.Id();
        var wanted = statuses.Select(s => s.Id()).Distinct().ToList();
        return db.ElementResults.AsNoTracking().Where(r => r.Element == id && wanted.Contains(r.Status) && r.SnapshotId == snapshotId).Select(r => r.Ordinal);
    }
}
