using Microsoft.Data.Sqlite;
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
}
