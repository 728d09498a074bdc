using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Storage.Bulk;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

public sealed partial class BacklogStore
{
    public Task<SnapshotInfo> ImportAsync(string workspace, Backlog backlog, CheckRun run, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(workspace, backlog, [], [], run, progress, cancellationToken);

    public Task<SnapshotInfo> ImportAsync(string workspace, BacklogHistory history, CheckRun run, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(workspace, history.ToBacklog(), history.Sprints, history.Events, run, progress, cancellationToken);

    private async Task<SnapshotInfo> ImportAsync(string workspace, Backlog backlog, IReadOnlyList<Sprint> sprints, IReadOnlyList<ItemEvent> events, CheckRun run, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        if (backlog.Failed)
        {
            throw new StoreException(StoreError.FailedImport, $"{backlog.Source}: the backlog did not load; nothing was written and earlier snapshots are unchanged.");
        }

        if (workspace.Length > 200)
        {
            throw new StoreException(StoreError.UnknownWorkspace, "a workspace name has at most 200 characters.");
        }

        EnsureWritable();
        var rows = SnapshotRows.Pair(backlog.Items, run, sprints, events);
        // One transaction for everything: on SQLite BEGIN IMMEDIATE takes the write lock up front (no upgrade deadlock
        // between two importers); a kill before COMMIT leaves the file as it was.
        return await InWriteTransactionAsync(workspace, "snapshots", async w =>
        {
            var warnings = backlog.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            var snapshotId = Convert.ToInt64(await ScalarAsync(w.Connection, w.Transaction,
                "INSERT INTO snapshots (workspace_id, number, source, format, imported_at, item_count, warning_count, diagnostics_json, average_score, top_average_score, passing, sprint_count, event_count) " +
                "VALUES (@w, @n, @s, @f, @at, @ic, @wc, @d, @avg, @top, @pass, @sc, @ec) RETURNING id",
                cancellationToken,
                ("@w", w.WorkspaceId), ("@n", w.Number), ("@s", backlog.Source), ("@f", backlog.Format), ("@at", w.Now), ("@ic", backlog.Items.Count),
                ("@wc", warnings), ("@d", RowMapper.DiagnosticsJson(backlog.Diagnostics)), ("@avg", run.Summary.AverageScore),
                ("@top", run.Summary.TopAverageScore), ("@pass", run.Summary.Passing), ("@sc", sprints.Count), ("@ec", events.Count)), CultureInfo.InvariantCulture);
            await _bulk.WriteAsync(w.Connection, w.Transaction, snapshotId, rows, progress, cancellationToken);
            return new SnapshotInfo(workspace, w.Number, backlog.Source, backlog.Format, w.Now, backlog.Items.Count,
                backlog.Diagnostics, run.Summary.AverageScore, run.Summary.TopAverageScore, run.Summary.Passing, sprints.Count, events.Count);
        }, cancellationToken);
    }

    public async Task<SnapshotInfo> ImportStreamingAsync(string workspace, string source, Func<Func<ItemEvent, ValueTask>, Task<BacklogHistory>> load,
        Func<IReadOnlyList<Core.Model.BacklogItem>, CheckRun> check, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        if (workspace.Length > 200)
        {
            throw new StoreException(StoreError.UnknownWorkspace, "a workspace name has at most 200 characters.");
        }

        EnsureWritable();
        // The same one transaction as a whole import: the snapshot row first (its figures are filled in at the end),
        // then the events as the reader yields them, then items, results and sprints. A failed read or a kill before
        // COMMIT leaves nothing.
        return await InWriteTransactionAsync(workspace, "snapshots", async w =>
        {
            var (c, t, now, number) = (w.Connection, w.Transaction, w.Now, w.Number);
            var snapshotId = Convert.ToInt64(await ScalarAsync(c, t,
                "INSERT INTO snapshots (workspace_id, number, source, format, imported_at, item_count, warning_count, diagnostics_json, average_score, top_average_score, passing, sprint_count, event_count) " +
                "VALUES (@w, @n, @s, '', @at, 0, 0, '[]', 0, 0, 0, 0, 0) RETURNING id",
                cancellationToken, ("@w", w.WorkspaceId), ("@n", number), ("@s", source), ("@at", now)), CultureInfo.InvariantCulture);

            BacklogHistory history;
            long events;
            await using (var sink = await _bulk.OpenEventsAsync(c, t, snapshotId, cancellationToken))
            {
                history = await load(async e =>
                {
                    await sink.WriteAsync(e, cancellationToken);
                    if (sink.Count % 10_000 == 0)
                    {
                        progress?.Report(sink.Count);
                    }
                });
                if (history.Failed)
                {
                    // Rolled back when the transaction is disposed without a commit.
                    throw new StoreException(StoreError.FailedImport, $"{source}: the history did not load; nothing was written and earlier snapshots are unchanged.");
                }

                await sink.CompleteAsync(cancellationToken);
                events = sink.Count;
            }

            var run = check(history.Items);
            var rows = SnapshotRows.Pair(history.Items, run, history.Sprints, []);
            var offset = new OffsetProgress(progress, events);
            await _bulk.WriteAsync(c, t, snapshotId, rows, offset, cancellationToken);
            var warnings = history.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            await ScalarAsync(c, t,
                "UPDATE snapshots SET format = @f, item_count = @ic, warning_count = @wc, diagnostics_json = @d, average_score = @avg, top_average_score = @top, " +
                "passing = @pass, sprint_count = @sc, event_count = @ec WHERE id = @id",
                cancellationToken,
                ("@f", history.Format), ("@ic", history.Items.Count), ("@wc", warnings), ("@d", RowMapper.DiagnosticsJson(history.Diagnostics)),
                ("@avg", run.Summary.AverageScore), ("@top", run.Summary.TopAverageScore), ("@pass", run.Summary.Passing),
                ("@sc", history.Sprints.Count), ("@ec", checked((int)events)), ("@id", snapshotId));
            return new SnapshotInfo(workspace, number, source, history.Format, now, history.Items.Count,
                history.Diagnostics, run.Summary.AverageScore, run.Summary.TopAverageScore, run.Summary.Passing, history.Sprints.Count, checked((int)events));
        }, cancellationToken);
    }

    /// <summary>Adds the rows written before (the streamed events) to what the bulk writer reports.</summary>
    private sealed class OffsetProgress(IProgress<long>? inner, long offset) : IProgress<long>
    {
        public void Report(long value) => inner?.Report(offset + value);
    }

    /// <summary>What a write transaction opened by <see cref="InWriteTransactionAsync"/> hands its body.</summary>
    /// <param name="Number">The next free number in the table named (snapshots or feedback sets) of this workspace.</param>
    private sealed record WriteScope(DbConnection Connection, DbTransaction Transaction, DateTimeOffset Now, long WorkspaceId, int Number);

    /// <summary>
    /// Runs <paramref name="body"/> in one transaction, with the workspace (created when new, locked on PostgreSQL) and
    /// the next number of <paramref name="numberedTable"/>; commits when the body returns, rolls back when it throws.
    /// </summary>
    /// <param name="numberedTable">A table name from this class (never user input): snapshots or feedback_sets.</param>
    private Task<T> InWriteTransactionAsync<T>(string workspace, string numberedTable, Func<WriteScope, Task<T>> body, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var c = db.Database.GetDbConnection();
        var t = tx.GetDbTransaction();
        var now = _clock.GetUtcNow().ToUniversalTime();
        var workspaceId = await WorkspaceIdAsync(c, t, workspace, now, cancellationToken);
        var number = Convert.ToInt32(await ScalarAsync(c, t, $"SELECT COALESCE(MAX(number), 0) + 1 FROM {numberedTable} WHERE workspace_id = @w", cancellationToken, ("@w", workspaceId)), CultureInfo.InvariantCulture);
        var result = await body(new WriteScope(c, t, now, workspaceId, number));
        await tx.CommitAsync(cancellationToken);
        return result;
    });

    private async Task<long> WorkspaceIdAsync(DbConnection c, DbTransaction t, string workspace, DateTimeOffset now, CancellationToken ct)
    {
        await ScalarAsync(c, t, "INSERT INTO workspaces (name, created_at) VALUES (@n, @t) ON CONFLICT (name) DO NOTHING", ct, ("@n", workspace), ("@t", now));

        // PostgreSQL: lock the workspace row so that two imports into one workspace take numbers one after the other.
        var select = "SELECT id FROM workspaces WHERE name = @n" + (Target.Provider == StoreProvider.PostgreSql ? " FOR UPDATE" : "");
        return Convert.ToInt64(await ScalarAsync(c, t, select, ct, ("@n", workspace)), CultureInfo.InvariantCulture);
    }

    private static async Task<object?> ScalarAsync(DbConnection c, DbTransaction t, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = SchemaMigrator.Command(c, t, sql);
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return await cmd.ExecuteScalarAsync(ct);
    }

    /// <param name="target">The database.</param>
    /// <param name="readOnly">Open a SQLite file read-only.</param>
    /// <param name="immutable">See <see cref="SqliteConnectionString"/>.</param>
    /// <param name="pooled">
    /// Keep SQLite connections open in a pool between contexts: for a long-running server (the web app), where every request
    /// otherwise opens the file again, parses the schema and starts with a cold page cache (that was most of a board
    /// request's CPU on SQLite). The CLI and the store keep the default (no pool, see <see cref="SqliteConnectionString"/>).
    /// PostgreSQL connections are pooled by Npgsql either way.
    /// </param>
    internal static DbContextOptions<PoPathDbContext> ContextOptions(StoreTarget target, bool readOnly, bool immutable = false, bool pooled = false)
    {
        var builder = new DbContextOptionsBuilder<PoPathDbContext>();
        if (target.Provider == StoreProvider.Sqlite)
        {
            builder.UseSqlite(SqliteConnectionString(target.Value, readOnly, immutable, pooled));
        }
        else
        {
            builder.UseNpgsql(target.Value);
        }

        return builder.Options;
    }

    /// <param name="immutable">
    /// The file sits where nothing can be written (a read-only file system or folder): SQLite cannot create the WAL's
    /// shared-memory file there, so the database is opened as an immutable URI file, which needs none.
    /// </param>
    /// <param name="pooled">Keep closed connections in Microsoft.Data.Sqlite's pool (the web app; see <see cref="ContextOptions"/>).</param>
    internal static string SqliteConnectionString(string file, bool readOnly, bool immutable = false, bool pooled = false) => new SqliteConnectionStringBuilder
    {
        DataSource = immutable ? new Uri(Path.GetFullPath(file)).AbsoluteUri + "?immutable=1" : file,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,

        // Seconds a writer waits for another process's write lock (imports into other workspaces queue up).
        DefaultTimeout = 120,

        // No pooled handles left open: a kill, a backup copy or a deleted temp file sees the file as it is.
        Pooling = pooled,
    }.ToString();

    /// <summary>Creates the folder, and tells whether the file existed and whether it is read-only.</summary>
    /// <remarks>
    /// A file without any write permission bit is treated as read-only even for root, who could write it anyway:
    /// the owner's intent is what counts, and it keeps the behaviour the same for every user.
    /// </remarks>
    private static (bool Existed, bool ReadOnly, bool Immutable) PrepareFile(string file)
    {
        try
        {
            var folder = Path.GetDirectoryName(file);
            if (!string.IsNullOrEmpty(folder))
            {
                if (File.Exists(folder))
                {
                    throw new StoreException(StoreError.Database, $"{file}: '{folder}' is a file, not a folder.");
                }

                Directory.CreateDirectory(folder);
            }

            if (Directory.Exists(file))
            {
                throw new StoreException(StoreError.Database, $"{file}: is a folder; --db wants a database file path.");
            }

            if (!File.Exists(file))
            {
                return (false, false, false);
            }

            var readOnly = OperatingSystem.IsWindows()
                ? File.GetAttributes(file).HasFlag(FileAttributes.ReadOnly)
                : (File.GetUnixFileMode(file) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
            var immutable = !CanWrite(file) && !CanCreateIn(folder is { Length: > 0 } ? folder : ".");
            return (new FileInfo(file).Length > 0, readOnly || immutable, immutable);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StoreException(StoreError.Database, $"{file}: cannot create or open the database folder: {e.Message}", e);
        }
    }

    /// <summary>Whether the file opens for writing (it is not changed): false on a read-only file system or without permission.</summary>
    private static bool CanWrite(string file)
    {
        try
        {
            using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether a file can be created in the folder (a probe file, deleted at once).</summary>
    private static bool CanCreateIn(string folder)
    {
        var probe = Path.Combine(folder, $".popath-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
