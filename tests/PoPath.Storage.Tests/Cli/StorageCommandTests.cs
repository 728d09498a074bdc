using System.Text.Json;
using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests.Cli;

/// <summary>The storage commands end to end on a SQLite file: import twice, list, check a snapshot, diff, back up, and the clear errors.</summary>
public sealed class StorageCommandTests(TempFolder folder) : IClassFixture<TempFolder>
{
    private string Db(string name) => folder.File(name + ".db");

    private string Csv(string name, int count)
    {
        var path = folder.File(name + ".csv");
        File.WriteAllText(path, Backlogs.Csv(count));
        return path;
    }

    [Fact]
    public async Task A_new_user_imports_twice_and_sees_both_snapshots_and_the_diff()
    {
        var db = folder.File("fresh/sub/popath.db");
        (await Support.Cli.RunAsync("import", Csv("a", 5), "--workspace", "team", "--db", db)).Code.ShouldBe(0);
        var second = await Support.Cli.RunAsync("import", Csv("b", 7), "--workspace", "team", "--db", db, "--output", "json");
        second.Code.ShouldBe(0, second.Err);
        JsonDocument.Parse(second.Out).RootElement.GetProperty("snapshot").GetProperty("number").GetInt32().ShouldBe(2);

        var snapshots = await Support.Cli.RunAsync("snapshots", "--workspace", "team", "--db", db, "-o", "json");
        JsonDocument.Parse(snapshots.Out).RootElement.GetProperty("snapshots").GetArrayLength().ShouldBe(2);
        var workspaces = await Support.Cli.RunAsync("workspaces", "--db", db, "-o", "markdown");
        workspaces.Out.ShouldContain("| team | 2 | 2 |");

        var diff = await Support.Cli.RunAsync("diff", "--workspace", "team", "--db", db, "-o", "json");
        diff.Code.ShouldBe(0, diff.Err);
        var json = JsonDocument.Parse(diff.Out).RootElement;
        json.GetProperty("added").EnumerateArray().Select(e => e.GetString()).ShouldBe(["K-6", "K-7"]);
        json.GetProperty("gaps").GetArrayLength().ShouldBe(6);
        (await Support.Cli.RunAsync("diff", "--workspace", "team", "--db", db)).Out.ShouldContain("Gap profile");
    }

    [Fact]
    public async Task Check_on_a_stored_snapshot_gives_the_same_json_as_the_file()
    {
        var db = Db("check");
        var csv = Csv("check", 12);
        await Support.Cli.RunAsync("import", csv, "-w", "w", "--db", db);
        var fromFile = await Support.Cli.RunAsync("check", csv, "-o", "json");
        var fromStore = await Support.Cli.RunAsync("check", "--workspace", "w", "--snapshot", "1", "--db", db, "-o", "json");
        fromStore.Code.ShouldBe(0, fromStore.Err);
        Items(fromStore.Out).ShouldBe(Items(fromFile.Out));

        static string Items(string json) => JsonDocument.Parse(json).RootElement.GetProperty("items").GetRawText();
    }

    [Fact]
    public async Task Check_keeps_its_file_form_and_refuses_both_or_neither()
    {
        (await Support.Cli.RunAsync("check", Csv("plain", 3), "-o", "json")).Code.ShouldBe(0);
        (await Support.Cli.RunAsync("check")).Code.ShouldBe(2);
        (await Support.Cli.RunAsync("check", Csv("both", 1), "--workspace", "w", "--db", Db("both"))).Code.ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_workspace_snapshot_and_bad_db_are_clear_errors_without_a_stack_trace()
    {
        var db = Db("errors");
        var unknown = await Support.Cli.RunAsync("snapshots", "--workspace", "nobody", "--db", db);
        unknown.Code.ShouldBe(3);
        unknown.Err.ShouldContain("unknown workspace 'nobody'");
        await Support.Cli.RunAsync("import", Csv("e", 2), "-w", "w", "--db", db);
        (await Support.Cli.RunAsync("check", "-w", "w", "--snapshot", "5", "--db", db)).Err.ShouldContain("no snapshot 5");
        (await Support.Cli.RunAsync("diff", "-w", "w", "--db", db)).Err.ShouldContain("a diff needs two");
        var notDb = folder.File("not-a-db.db");
        File.WriteAllText(notDb, "hello, this is text and not SQLite at all, long enough to have a header");
        var bad = await Support.Cli.RunAsync("workspaces", "--db", notDb);
        bad.Code.ShouldBe(3);
        bad.Err.ShouldContain("is not a PoPath database");
        var refused = await Support.Cli.RunAsync("workspaces", "--db", "Host=127.0.0.1;Port=1;Username=x;Timeout=2");
        refused.Code.ShouldBe(3);
        refused.Err.ShouldContain("cannot reach PostgreSQL");
        foreach (var r in new[] { unknown, bad, refused })
        {
            r.Err.ShouldNotContain("   at ");
        }
    }

    [Fact]
    public async Task A_failed_load_writes_nothing()
    {
        var db = Db("failed");
        await Support.Cli.RunAsync("import", Csv("ok", 3), "-w", "w", "--db", db);
        var broken = folder.File("broken.json");
        File.WriteAllText(broken, "{ not json");
        var r = await Support.Cli.RunAsync("import", broken, "-w", "w", "--db", db, "--format", "popath-json");
        r.Code.ShouldBe(3);
        r.Err.ShouldContain("nothing was written");
        JsonDocument.Parse((await Support.Cli.RunAsync("snapshots", "-w", "w", "--db", db, "-o", "json")).Out).RootElement.GetProperty("snapshots").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_read_only_database_file_gives_a_clear_error_and_stays_readable()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permission bits; on Windows the read-only attribute plays that part.
        }

        var db = Db("readonly");
        await Support.Cli.RunAsync("import", Csv("ro", 2), "-w", "w", "--db", db);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var r = await Support.Cli.RunAsync("import", Csv("ro2", 2), "-w", "w", "--db", db);
            r.Code.ShouldBe(3);
            r.Err.ShouldContain("read-only");
            var list = await Support.Cli.RunAsync("snapshots", "-w", "w", "--db", db, "-o", "json");
            list.Code.ShouldBe(0, list.Err);
            JsonDocument.Parse(list.Out).RootElement.GetProperty("snapshots").GetArrayLength().ShouldBe(1);
        }
        finally
        {
            File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy_and_migrate_reports_the_version()
    {
        var db = Db("backup");
        await Support.Cli.RunAsync("import", Csv("bk", 4), "-w", "w", "--db", db);
        var copy = folder.File("copies/backup-copy.db");
        var r = await Support.Cli.RunAsync("db", "backup", "--db", db, "--to", copy, "-o", "json");
        r.Code.ShouldBe(0, r.Err);
        var fromCopy = await Support.Cli.RunAsync("snapshots", "-w", "w", "--db", copy, "-o", "json");
        JsonDocument.Parse(fromCopy.Out).RootElement.GetProperty("snapshots")[0].GetProperty("items").GetInt32().ShouldBe(4);
        var m = await Support.Cli.RunAsync("db", "migrate", "--db", db, "-o", "json");
        JsonDocument.Parse(m.Out).RootElement.GetProperty("version").GetInt32().ShouldBe(BacklogStore.CurrentSchemaVersion);
    }

    [Fact]
    public async Task Every_storage_command_has_help()
    {
        foreach (var c in new[] { new[] { "import" }, ["workspaces"], ["snapshots"], ["diff"], ["db", "migrate"], ["db", "backup"], ["check"] })
        {
            var r = await Support.Cli.RunAsync([.. c, "--help"]);
            r.Code.ShouldBe(0);
            r.Out.ShouldContain("--db");
        }
    }
}
