using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Storage.Bulk;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

/// <summary>The EF Core store of workspaces and snapshots, on a SQLite file or a PostgreSQL database.</summary>
/// <remarks>
/// Each operation uses its own short-lived context and connection, so one store may be shared across threads.
/// Imports run in one transaction: workspace row, snapshot row, then every item and result row through the provider's
/// bulk path (prepared statements on SQLite, binary COPY on PostgreSQL). A crash or kill before commit leaves nothing.
/// </remarks>
public sealed partial class BacklogStore : IBacklogStore, IFeedbackStore, IStoreAdmin
{
    private readonly DbContextOptions<PoPathDbContext> _options;
    private readonly IBulkWriter _bulk;
    private readonly TimeProvider _clock;
    private readonly bool _readOnly;

    private BacklogStore(StoreTarget target, DbContextOptions<PoPathDbContext> options, TimeProvider clock, bool readOnly)
    {
        Target = target;
        _options = options;
        _clock = clock;
        _readOnly = readOnly;
        _bulk = target.Provider == StoreProvider.Sqlite ? new SqliteBulkWriter() : new PostgresBulkWriter();
    }

    public StoreTarget Target { get; }

    public string Location => Target.Describe();

    /// <summary>Where <see cref="OpenAsync"/> put its automatic backup before migrating, if it made one.</summary>
    public string? AutomaticBackup { get; private set; }

    /// <summary>Opens (and on first use creates) the store; applies pending schema versions unless told not to.</summary>
    /// <exception cref="StoreException">The database cannot be opened, created or migrated; the message says why.</exception>
    public static async Task<BacklogStore> OpenAsync(StoreTarget target, StoreOpenOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= StoreOpenOptions.Default;
        var readOnly = false;
        var immutable = false;
        var existed = false;
        if (target.Provider == StoreProvider.Sqlite)
        {
            (existed, readOnly, immutable) = PrepareFile(target.Value);
        }

        var store = new BacklogStore(target, ContextOptions(target, readOnly, immutable), options.Clock, readOnly);
        try
        {
            await using var db = store.NewContext();
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (target.Provider == StoreProvider.Sqlite && !readOnly)
            {
                // WAL: readers go on while an import writes; the mode is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken);
            }

            var version = await SchemaMigrator.VersionAsync(db, target.Provider, cancellationToken);
            if (version > SchemaMigrator.CurrentVersion)
            {
                throw new StoreException(StoreError.Database, $"{store.Location}: schema version {version} is newer than this PoPath knows ({SchemaMigrator.CurrentVersion}); use a newer PoPath.");
            }

            if (!await SchemaMigrator.IsCurrentAsync(db, target.Provider, cancellationToken) && options.Migrate)
            {
                if (readOnly)
                {
                    throw new StoreException(StoreError.Database, $"{store.Location}: the database file is read-only and needs its schema brought up to date; make it writable or run 'popath db migrate' with a writable copy.");
                }

                if (existed && version > 0)
                {
                    store.AutomaticBackup = await store.BackupAsync(BackupPath(target.Value, $"v{version}"), cancellationToken);
                }

                await SchemaMigrator.MigrateAsync(db, target.Provider, options.Clock, cancellationToken);
            }
        }
        catch (Exception e) when (StoreErrors.IsStorageFailure(e))
        {
            throw StoreErrors.From(e, store.Location);
        }

        return store;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        return await SchemaMigrator.VersionAsync(db, Target.Provider, cancellationToken);
    }

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentSchemaVersion => SchemaMigrator.CurrentVersion;

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        return await Guard(async () =>
        {
            var version = await SchemaVersionAsync(cancellationToken);
            await using var probe = NewContext();
            await probe.Database.OpenConnectionAsync(cancellationToken);
            if (Target.Provider == StoreProvider.Sqlite && version > 0 && !await SchemaMigrator.IsCurrentAsync(probe, Target.Provider, cancellationToken))
            {
                AutomaticBackup = await BackupAsync(BackupPath(Target.Value, $"v{version}"), cancellationToken);
            }

            await using var db = NewContext();
            return await SchemaMigrator.MigrateAsync(db, Target.Provider, _clock, cancellationToken);
        });
    }

    public async Task<string> BackupAsync(string? destination = null, CancellationToken cancellationToken = default)
    {
        if (Target.Provider != StoreProvider.Sqlite)
        {
            return await PostgresDump.RunAsync(Target.Value, Location, destination, _clock, cancellationToken);
        }

        destination = Path.GetFullPath(destination ?? BackupPath(Target.Value, null));
        return await Guard(async () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await using var source = new SqliteConnection(SqliteConnectionString(Target.Value, readOnly: true));
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);

            // The online backup API copies a consistent state even while another process writes.
            source.BackupDatabase(copy);
            return destination;
        });
    }

    public async Task<IReadOnlyList<WorkspaceInfo>> ListWorkspacesAsync(CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var workspaces = await db.Workspaces.AsNoTracking().OrderBy(w => w.Name).ToListAsync(cancellationToken);
        var snapshots = (await db.Snapshots.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.WorkspaceId);
        return workspaces.Select(w =>
        {
            var mine = snapshots[w.Id].OrderBy(s => s.Number).ToList();
            return new WorkspaceInfo(w.Name, w.CreatedAt, mine.Count, mine.Count == 0 ? null : RowMapper.ToInfo(w.Name, mine[^1]));
        }).ToList();
    });

    public async Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(string workspace, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var w = await FindWorkspaceAsync(db, workspace, cancellationToken);
        var rows = await db.Snapshots.AsNoTracking().Where(s => s.WorkspaceId == w.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        return rows.Select(s => RowMapper.ToInfo(w.Name, s)).ToList();
    });

    public async Task<StoredSnapshot> LoadSnapshotAsync(string workspace, int? number = null, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var (w, s) = await FindSnapshotAsync(db, workspace, number, cancellationToken);
        var items = await db.Items.AsNoTracking().Where(i => i.SnapshotId == s.Id).OrderBy(i => i.Ordinal).ToListAsync(cancellationToken);
        var results = await db.ItemResults.AsNoTracking().Where(r => r.SnapshotId == s.Id).ToDictionaryAsync(r => r.Ordinal, cancellationToken);
        var elements = (await db.ElementResults.AsNoTracking().Where(e => e.SnapshotId == s.Id).ToListAsync(cancellationToken)).ToLookup(e => e.Ordinal);
        var canonical = new List<BacklogItem>(items.Count);
        var readiness = new List<Readiness>(items.Count);
        foreach (var row in items)
        {
            var item = RowMapper.ToItem(row);
            canonical.Add(item);
            readiness.Add(RowMapper.ToReadiness(item, results[row.Ordinal], elements[row.Ordinal]));
        }

        return new StoredSnapshot(RowMapper.ToInfo(w.Name, s), canonical, readiness);
    });

    public async Task<StoredHistory> LoadHistoryAsync(string workspace, int? number = null, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var (w, s) = await FindSnapshotAsync(db, workspace, number, cancellationToken);
        var sprints = await db.Sprints.AsNoTracking().Where(x => x.SnapshotId == s.Id).OrderBy(x => x.Ordinal).ToListAsync(cancellationToken);
        var events = await db.ItemEvents.AsNoTracking().Where(x => x.SnapshotId == s.Id).OrderBy(x => x.Ordinal).ToListAsync(cancellationToken);
        // Time order (stable, so events of one moment keep their source order): an import streamed from its reader stores
        // events as they were read, and every consumer expects them by time.
        return new StoredHistory(RowMapper.ToInfo(w.Name, s), sprints.Select(RowMapper.ToSprint).ToList(), events.Select(RowMapper.ToEvent).OrderBy(e => e.At).ToList());
    });

    public async Task<WorkspaceOverview> OverviewAsync(string workspace, int top = ReadinessEngine.DefaultTop, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        await using var db = NewContext();
        var (w, s) = await FindSnapshotAsync(db, workspace, null, cancellationToken);
        var count = await db.Snapshots.CountAsync(x => x.WorkspaceId == w.Id, cancellationToken);
        var topItems = await db.Items.AsNoTracking().Where(i => i.SnapshotId == s.Id).OrderBy(i => i.Rank).ThenBy(i => i.ItemId)
            .Take(top).Select(i => new { i.Ordinal, i.ItemId, i.Title, i.Rank }).ToListAsync(cancellationToken);
        var ordinals = topItems.Select(i => i.Ordinal).ToList();
        var counts = await db.ElementResults.AsNoTracking().Where(e => e.SnapshotId == s.Id && ordinals.Contains(e.Ordinal))
            .GroupBy(e => new { e.Element, e.Status }).Select(g => new { g.Key.Element, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var weakest = await db.ItemResults.AsNoTracking().Where(r => r.SnapshotId == s.Id && ordinals.Contains(r.Ordinal))
            .OrderBy(r => r.Score).ThenBy(r => r.Ordinal).Take(10).Select(r => new { r.Ordinal, r.Score }).ToListAsync(cancellationToken);
        var gaps = ElementNames.All.Select(e =>
        {
            int Of(ElementStatus st) => counts.Where(c => c.Element == e.Id() && c.Status == st.Id()).Sum(c => c.Count);
            return new ElementGap(e, Of(ElementStatus.Present), Of(ElementStatus.Weak), Of(ElementStatus.Missing));
        }).ToList();
        var byOrdinal = topItems.ToDictionary(i => i.Ordinal);
        var info = RowMapper.ToInfo(w.Name, s);
        return new WorkspaceOverview(
            new WorkspaceInfo(w.Name, w.CreatedAt, count, info),
            info,
            new GapProfile(top, topItems.Count, gaps),
            weakest.Select(x => new ItemScore(byOrdinal[x.Ordinal].ItemId, byOrdinal[x.Ordinal].Title, byOrdinal[x.Ordinal].Rank, x.Score)).ToList());
    });

    internal PoPathDbContext NewContext() => new(_options);

    private static async Task<WorkspaceRow> FindWorkspaceAsync(PoPathDbContext db, string workspace, CancellationToken ct) =>
        await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Name == workspace, ct)
        ?? throw new StoreException(StoreError.UnknownWorkspace, $"unknown workspace '{workspace}' (see 'popath workspaces').");

    private static async Task<(WorkspaceRow, SnapshotRow)> FindSnapshotAsync(PoPathDbContext db, string workspace, int? number, CancellationToken ct)
    {
        var w = await FindWorkspaceAsync(db, workspace, ct);
        var query = db.Snapshots.AsNoTracking().Where(s => s.WorkspaceId == w.Id);
        var s = number is { } n
            ? await query.FirstOrDefaultAsync(x => x.Number == n, ct)
            : await query.OrderByDescending(x => x.Number).FirstOrDefaultAsync(ct);
        return s is null
            ? throw new StoreException(StoreError.UnknownSnapshot, number is { } m
                ? $"workspace '{workspace}' has no snapshot {m} (see 'popath snapshots --workspace {workspace}')."
                : $"workspace '{workspace}' has no snapshot yet (run 'popath import <file> --workspace {workspace}').")
            : (w, s);
    }

    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (StoreErrors.IsStorageFailure(e))
        {
            throw StoreErrors.From(e, Location);
        }
    }

    private void EnsureWritable()
    {
        if (_readOnly)
        {
            throw new StoreException(StoreError.Database, $"{Location}: the database file is read-only; nothing was written.");
        }
    }

    private static string BackupPath(string file, string? tag)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        return file + "." + (tag is null ? "" : tag + ".") + stamp + ".bak";
    }
}
