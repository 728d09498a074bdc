using System.Diagnostics;
using PoPath.Core.Storage;
using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests;

/// <summary>
/// A SQLite file on a full or a read-only disk. Full: the import that does not fit fails with a clear message, nothing of it lands, and the
/// earlier snapshot is intact. Read-only (which root cannot write through either): reading works, an import fails
/// clearly. The disk is a small tmpfs mounted for the test, so it needs root (as in CI); elsewhere
/// the test says it did not run.
/// </summary>
public sealed class DiskFullTests
{
    [DiskFullFact]
    public async Task An_import_that_fills_the_disk_fails_clearly_and_leaves_the_earlier_snapshot_intact()
    {
        var mount = Path.Combine(Path.GetTempPath(), "popath-full-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mount);
        Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount).ShouldBe(0);
        try
        {
            var target = new StoreTarget(StoreProvider.Sqlite, Path.Combine(mount, "popath.db"));
            await using (var store = await BacklogStore.OpenAsync(target))
            {
                var (small, smallRun) = Backlogs.Numbered(20, "S");
                (await store.ImportAsync("team", small, smallRun)).Number.ShouldBe(1);

                var (large, largeRun) = Backlogs.Numbered(20_000, "L");
                var e = await Should.ThrowAsync<StoreException>(() => store.ImportAsync("team", large, largeRun));
                e.Message.ShouldContain("disk is full");
                e.Message.ShouldContain("nothing was written");
            }

            await using var reopened = await BacklogStore.OpenAsync(target);
            (await reopened.ListSnapshotsAsync("team")).ShouldHaveSingleItem().Number.ShouldBe(1);
            (await reopened.LoadSnapshotAsync("team", 1)).Items.Count.ShouldBe(20);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Run("umount", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    [DiskFullFact]
    public async Task A_database_on_a_read_only_file_system_can_be_read_but_an_import_fails_clearly_and_writes_nothing()
    {
        var mount = Path.Combine(Path.GetTempPath(), "popath-ro-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mount);
        Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount).ShouldBe(0);
        try
        {
            var target = new StoreTarget(StoreProvider.Sqlite, Path.Combine(mount, "popath.db"));
            await using (var store = await BacklogStore.OpenAsync(target))
            {
                var (small, smallRun) = Backlogs.Numbered(10, "S");
                await store.ImportAsync("team", small, smallRun);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Run("mount", "-o", "remount,ro", mount).ShouldBe(0);

            await using var readOnly = await BacklogStore.OpenAsync(target);
            (await readOnly.LoadSnapshotAsync("team")).Items.Count.ShouldBe(10);
            var (next, nextRun) = Backlogs.Numbered(5, "N");
            var e = await Should.ThrowAsync<StoreException>(() => readOnly.ImportAsync("team", next, nextRun));
            e.Message.ShouldContain("read-only");
            e.Message.ShouldContain("nothing was written");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Run("umount", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    internal static int Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using var p = Process.Start(start)!;
            p.WaitForExit();
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>Runs the test only where a tmpfs can be mounted (Linux, as root); says why it did not run otherwise.</summary>
public sealed class DiskFullFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Reason = new(() =>
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs Linux and root to mount a small tmpfs as a full disk (CI runs it)";
        }

        var probe = Path.Combine(Path.GetTempPath(), "popath-mount-probe-" + Environment.ProcessId);
        Directory.CreateDirectory(probe);
        try
        {
            if (DiskFullTests.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe) != 0)
            {
                return "mount -t tmpfs is not permitted here";
            }

            DiskFullTests.Run("umount", probe);
            return null;
        }
        finally
        {
            Directory.Delete(probe);
        }
    });

    public DiskFullFactAttribute()
    {
        if (Reason.Value is { } why)
        {
            Skip = why;
        }
    }
}
