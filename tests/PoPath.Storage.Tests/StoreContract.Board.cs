using Microsoft.EntityFrameworkCore;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Storage.Schema;
using PoPath.Storage.Tests.Support;
using PoPath.Testing;

namespace PoPath.Storage.Tests;

/// <summary>The board's page reads (<see cref="BoardReads"/>, schema version 6) on every provider: rank order, pages, filter, count, chips.</summary>
public abstract partial class StoreContract
{
    private const int BoardItems = 250;

    // Ranks are a permutation of 1..250 unrelated to the import order, so rank order is not ordinal order; four shapes give
    // present, weak and missing verdicts on several elements.
    private static (Backlog Backlog, CheckRun Run) BoardBacklog()
    {
        var items = Enumerable.Range(0, BoardItems).Select(i =>
        {
            var id = $"B-{i:D3}";
            var rank = ((i * 97) % BoardItems) + 1;
            return (i % 4) switch
            {
                0 => Some.ReadyItem(id: id, rank: rank),
                1 => Some.BareTask(id: id, rank: rank),
                2 => Some.Item(id: id, rank: rank, title: $"As a warehouse lead I want pick lists sorted by aisle {i}", description: "Pickers walk the whole hall twice per order. It improves the process."),
                _ => Some.Item(id: id, rank: rank, title: $"Export the monthly report {i}", priority: "High"),
            };
        }).ToArray();
        var backlog = new Backlog("board.csv", "csv", items, []);
        return (backlog, ReadinessEngine.Default.Run(items));
    }

    private async Task<(BacklogStore Store, PoPathDbContext Db, SnapshotRow Snapshot, CheckRun Run)> BoardAsync()
    {
        var store = await OpenAsync();
        var ws = NewWorkspace();
        var (backlog, run) = BoardBacklog();
        await store.ImportAsync(ws, backlog, run);
        var db = store.NewContext();
        var w = await db.Workspaces.AsNoTracking().SingleAsync(x => x.Name == ws);
        var s = await db.Snapshots.AsNoTracking().SingleAsync(x => x.WorkspaceId == w.Id);
        return (store, db, s, run);
    }

    [StoreFact]
    public async Task Board_pages_list_every_item_once_in_rank_order_with_its_score_and_chips_on_any_page()
    {
        var (store, db, snapshot, run) = await BoardAsync();
        await using var _ = store;
        await using var __ = db;
        var reads = new BoardReads(db);
        var expected = run.Items.OrderBy(r => r.Item.Rank).ToList();

        var seen = new List<BoardReads.Row>();
        for (var page = 1; page <= 3; page++)
        {
            var p = await reads.PageAsync(snapshot, null, [], page, 100);
            p.Total.ShouldBe(BoardItems);
            p.Pages.ShouldBe(3);
            p.PageNumber.ShouldBe(page);
            p.Rows.Count.ShouldBe(page < 3 ? 100 : 50);
            seen.AddRange(p.Rows);
        }

        seen.Select(r => r.ItemId).ShouldBe(expected.Select(r => r.Item.Id));
        seen.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, BoardItems));
        foreach (var (row, want) in seen.Zip(expected))
        {
            row.Title.ShouldBe(want.Item.Title);
            row.Score.ShouldBe(want.Score);
            foreach (var e in ElementNames.All)
            {
                row.Chips[e].ShouldBe(want.Of(e).Status, $"{row.ItemId} {e.Id()}");
            }
        }

        // Out-of-range page numbers are clamped, not empty.
        (await reads.PageAsync(snapshot, null, [], 99, 100)).ShouldSatisfyAllConditions(
            p => p.PageNumber.ShouldBe(3),
            p => p.Rows[^1].Rank.ShouldBe(BoardItems));
        (await reads.PageAsync(snapshot, null, [], 0, 100)).Rows[0].Rank.ShouldBe(1);
    }

    [StoreFact]
    public async Task Board_filter_counts_and_pages_exactly_the_items_whose_element_has_one_of_the_statuses()
    {
        var (store, db, snapshot, run) = await BoardAsync();
        await using var _ = store;
        await using var __ = db;
        var reads = new BoardReads(db);
        var nonEmpty = 0;
        foreach (var e in ElementNames.All)
        {
            foreach (var statuses in new ElementStatus[][] { [ElementStatus.Present], [ElementStatus.Weak], [ElementStatus.Missing], [ElementStatus.Missing, ElementStatus.Weak] })
            {
                var expected = run.Items.Where(r => statuses.Contains(r.Of(e).Status)).OrderBy(r => r.Item.Rank).Select(r => r.Item.Id).ToList();
                var what = $"{e.Id()} {string.Join(',', statuses)}";
                (await reads.CountAsync(snapshot.Id, e, statuses)).ShouldBe(expected.Count, what);

                var first = await reads.PageAsync(snapshot, e, statuses, 1, 40);
                first.Total.ShouldBe(expected.Count, what);
                first.Pages.ShouldBe(Math.Max(1, (expected.Count + 39) / 40), what);
                var seen = first.Rows.ToList();
                for (var page = 2; page <= first.Pages; page++)
                {
                    seen.AddRange((await reads.PageAsync(snapshot, e, statuses, page, 40)).Rows);
                }

                seen.Select(r => r.ItemId).ShouldBe(expected, what);
                seen.ShouldAllBe(r => statuses.Contains(r.Chips[e]), what);
                nonEmpty += expected.Count > 0 ? 1 : 0;
            }
        }

        nonEmpty.ShouldBeGreaterThan(ElementNames.All.Count * 2, "the backlog should give most element/status pairs some items");
    }

    [StoreFact]
    public async Task Board_rows_come_back_in_the_order_asked_and_a_page_size_out_of_range_is_refused()
    {
        var (store, db, snapshot, run) = await BoardAsync();
        await using var _ = store;
        await using var __ = db;
        var reads = new BoardReads(db);

        var rows = await reads.RowsAsync(snapshot.Id, [7, 3, 200, 100_000]);
        rows.Select(r => r.Ordinal).ShouldBe([7, 3, 200], "an ordinal the snapshot lacks is left out");
        (await reads.RowsAsync(snapshot.Id, [])).ShouldBeEmpty();
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => reads.PageAsync(snapshot, null, [], 1, 0));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => reads.PageAsync(snapshot, null, [], 1, BoardReads.MaxPageSize + 1));
        run.Items.Count.ShouldBe(BoardItems);
    }
}
