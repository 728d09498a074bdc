using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PoPath.Core.Model;
using PoPath.Storage.Schema;
using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests;

/// <summary>The storage contract on a SQLite file (one temp file per test class).</summary>
public sealed class SqliteStoreTests(TempFolder folder) : StoreContract, IClassFixture<TempFolder>
{
    protected override StoreTarget Target { get; } = new(StoreProvider.Sqlite, folder.File("contract.db"));

    [Fact]
    public async Task A_version_1_file_gets_workspace_settings_on_open_after_a_backup()
    {
        var file = folder.File("v1-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        await using (var c = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = SchemaMigrator.Script(StoreProvider.Sqlite, 1)
                + "\nINSERT INTO popath_schema (version, applied_at, description) VALUES (1, '2026-01-01 00:00:00+00:00', 'v1');"
                + "\nINSERT INTO workspaces (name, created_at) VALUES ('team', '2026-01-01 00:00:00+00:00');";
            await cmd.ExecuteNonQueryAsync();
        }

        await using var store = await BacklogStore.OpenAsync(new StoreTarget(StoreProvider.Sqlite, file));
        store.AutomaticBackup.ShouldNotBeNull();
        (await store.SchemaVersionAsync()).ShouldBe(SchemaMigrator.CurrentVersion);
        await store.SetProductOwnerAsync("team", "Pat");
        (await store.GetProductOwnerAsync("team")).ShouldBe("Pat");
    }

    [Fact]
    public async Task A_version_5_file_with_a_snapshot_gets_the_board_indexes_of_version_6_on_open_and_its_board_reads_use_them()
    {
        var file = folder.File("v5-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        await using (var store = await BacklogStore.OpenAsync(new StoreTarget(StoreProvider.Sqlite, file)))
        {
            var (b, r) = Backlogs.Numbered(30);
            await store.ImportAsync("team", b, r);
        }

        // Back to what a V5 build left: no V6 indexes, V6 not recorded.
        await using (var c = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP INDEX ix_element_results_element_status_snapshot_id_ordinal; DROP INDEX ix_items_snapshot_id_rank_item_id_ordinal; DELETE FROM popath_schema WHERE version >= 6;";
            await cmd.ExecuteNonQueryAsync();
        }

        await using (var store = await BacklogStore.OpenAsync(new StoreTarget(StoreProvider.Sqlite, file)))
        {
            store.AutomaticBackup.ShouldNotBeNull();
            (await store.SchemaVersionAsync()).ShouldBe(SchemaMigrator.CurrentVersion);
            await using var db = store.NewContext();
            var s = await db.Snapshots.AsNoTracking().SingleAsync();
            (await new BoardReads(db).PageAsync(s, Element.CustomerNeed, [ElementStatus.Present], 1, 100)).Total.ShouldBe(10);
        }

        await using var check = new SqliteConnection($"Data Source={file};Pooling=False");
        await check.OpenAsync();
        await using var q = check.CreateCommand();
        q.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('ix_element_results_element_status_snapshot_id_ordinal', 'ix_items_snapshot_id_rank_item_id_ordinal') ORDER BY name";
        var names = new List<string>();
        await using (var reader = await q.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        names.ShouldBe(["ix_element_results_element_status_snapshot_id_ordinal", "ix_items_snapshot_id_rank_item_id_ordinal"]);

        // The planner hazard the V6 column order avoids: "the verdicts of these items" (chips, gap profile) must stay on the key.
        q.CommandText = "EXPLAIN QUERY PLAN SELECT ordinal, element, status FROM element_results WHERE snapshot_id = 1 AND ordinal IN (1, 2, 3)";
        (await PlanAsync(q)).ShouldContain("sqlite_autoindex_element_results_1");
        q.CommandText = "EXPLAIN QUERY PLAN SELECT count(*) FROM element_results WHERE element = 'customer_need' AND status IN ('weak', 'missing') AND snapshot_id = 1";
        (await PlanAsync(q)).ShouldContain("COVERING INDEX ix_element_results_element_status_snapshot_id_ordinal");
        q.CommandText = "EXPLAIN QUERY PLAN SELECT ordinal FROM items WHERE snapshot_id = 1 ORDER BY rank, item_id, ordinal LIMIT 10 OFFSET 20";
        (await PlanAsync(q)).ShouldContain("COVERING INDEX ix_items_snapshot_id_rank_item_id_ordinal");
    }

    private static async Task<string> PlanAsync(SqliteCommand q)
    {
        var plan = new List<string>();
        await using var reader = await q.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }
}
