using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests;

/// <summary><c>popath db backup</c> on PostgreSQL: a pg_dump custom-format file of the database, via the CLI.</summary>
[RequiresPostgres]
public sealed class PostgresBackupTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    [StoreFact]
    public async Task Backup_writes_a_pg_dump_archive_of_the_database()
    {
        await using (var store = await BacklogStore.OpenAsync(new StoreTarget(StoreProvider.PostgreSql, database.ConnectionString)))
        {
            var (backlog, run) = Backlogs.Numbered(3);
            await store.ImportAsync("dumped", backlog, run);
        }

        var file = _folder.File("sub/popath.dump");
        var result = await Support.Cli.RunAsync("db", "backup", "--db", database.ConnectionString, "--to", file, "-o", "json");

        result.Code.ShouldBe(0, result.Err);
        result.Out.ShouldContain("popath.dump");
        var head = new byte[5];
        await using (var dump = File.OpenRead(file))
        {
            (await dump.ReadAsync(head)).ShouldBe(5);
        }

        System.Text.Encoding.ASCII.GetString(head).ShouldBe("PGDMP");
    }

    public void Dispose() => _folder.Dispose();
}
