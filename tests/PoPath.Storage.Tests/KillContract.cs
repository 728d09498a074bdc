using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PoPath.Storage.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Storage.Tests;

/// <summary>kill -9 of a <c>popath import</c> child process in the middle of an import, 20 times: the database stays consistent and every earlier snapshot intact.</summary>
public abstract class KillContract(ITestOutputHelper output)
{
    private const int Repeats = 20;
    private const int Items = 10_000;

    protected abstract string Db { get; }

    protected abstract string Folder { get; }

    protected virtual void CheckIntegrity()
    {
    }

    /// <summary>True when the killed child left uncommitted writes behind (SQLite: a non-empty WAL file), i.e. it died while writing.</summary>
    protected virtual bool LeftUncommittedWrites() => false;

    [StoreFact]
    public async Task Kill_9_during_an_import_leaves_the_database_consistent_and_the_previous_snapshot_intact()
    {
        var csv = Path.Combine(Folder, "kill.csv");
        await File.WriteAllTextAsync(csv, Backlogs.Csv(Items));
        var ws = "kill-" + Guid.NewGuid().ToString("N")[..6];

        // The first import runs to the end: it is the snapshot that must survive, and it times a whole import.
        var clock = Stopwatch.StartNew();
        (await RunChild(csv, ws, killAfter: null)).ShouldBe(0);
        var whole = clock.Elapsed;

        // A second whole import, timed too: the shorter of the two is the estimate (one run can be slowed by other test
        // assemblies running beside this one, and a delay longer than a real import would kill nothing).
        clock.Restart();
        (await RunChild(csv, ws, killAfter: null)).ShouldBe(0);
        whole = clock.Elapsed < whole ? clock.Elapsed : whole;
        await using var store = await BacklogStore.OpenAsync(Target());
        var first = await store.LoadSnapshotAsync(ws, 1);

        var random = new Random(4711);
        int killed = 0, finished = 0, midWrite = 0;
        for (var n = 0; n < Repeats; n++)
        {
            // From start-up through parsing, the engine and the write; a few runs outlive the delay and commit.
            var delay = TimeSpan.FromMilliseconds(whole.TotalMilliseconds * (0.3 + (0.75 * random.NextDouble())));
            var before = (await store.ListSnapshotsAsync(ws)).Count;
            await RunChild(csv, ws, delay);
            var dirty = LeftUncommittedWrites();
            CheckIntegrity();
            var after = await store.ListSnapshotsAsync(ws);
            after.Count.ShouldBeInRange(before, before + 1);
            if (after.Count == before)
            {
                killed++;
                midWrite += dirty ? 1 : 0;
            }
            else
            {
                // Committed: it ran to the end (exit 0) or was killed after COMMIT, while printing; either way it landed whole.
                // The estimate was too long for this machine's pace now: aim the next kills earlier.
                finished++;
                whole *= 0.8;
            }

            foreach (var s in after)
            {
                s.ItemCount.ShouldBe(Items);
            }

            var latest = await store.LoadSnapshotAsync(ws, after[^1].Number);
            latest.Items.Count.ShouldBe(Items);
            latest.Results.Count.ShouldBe(Items);
        }

        var again = await store.LoadSnapshotAsync(ws, 1);
        again.Items.Select(i => i.Id).ShouldBe(first.Items.Select(i => i.Id));
        again.Results.Select(r => r.Score).ShouldBe(first.Results.Select(r => r.Score));
        output.WriteLine($"{Repeats} runs of {Items} items (a whole import took {whole.TotalSeconds:0.0} s): {killed} killed before commit ({midWrite} of them seen dying mid-write, where the provider shows it), {finished} committed; database consistent after every one.");
        killed.ShouldBeGreaterThan(0);
    }

    private StoreTarget Target() => StoreTarget.Parse(Db);

    private async Task<int> RunChild(string csv, string ws, TimeSpan? killAfter)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "popath.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "import", csv, "--workspace", ws, "--db", Db })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        if (killAfter is { } d)
        {
            var exited = child.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(d)) != exited)
            {
                child.Kill(entireProcessTree: true); // SIGKILL on Unix: no finally blocks, no rollback by the process.
            }
        }

        await child.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        if (killAfter is null && child.ExitCode != 0)
        {
            output.WriteLine(await stderr);
        }

        return child.ExitCode;
    }
}

/// <summary>The kill test on a SQLite file.</summary>
public sealed class SqliteKillTests(TempFolder folder, ITestOutputHelper output) : KillContract(output), IClassFixture<TempFolder>
{
    protected override string Db => folder.File("kill.db");

    protected override string Folder => folder.Path;

    protected override bool LeftUncommittedWrites() => new FileInfo(Db + "-wal") is { Exists: true, Length: > 0 };

    protected override void CheckIntegrity()
    {
        using var c = new SqliteConnection(BacklogStore.SqliteConnectionString(Db, readOnly: false));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        ((string)cmd.ExecuteScalar()!).ShouldBe("ok");
        cmd.CommandText = "PRAGMA foreign_key_check";
        using var r = cmd.ExecuteReader();
        r.Read().ShouldBeFalse("no row may point at a missing parent");
    }
}

/// <summary>The kill test on PostgreSQL: the server must roll back the killed client's COPY.</summary>
[RequiresPostgres]
public sealed class PostgresKillTests(TempFolder folder, PostgresDatabase database, ITestOutputHelper output) : KillContract(output), IClassFixture<TempFolder>, IClassFixture<PostgresDatabase>
{
    protected override string Db => database.ConnectionString;

    protected override string Folder => folder.Path;
}
