using PoPath.Core.Advisor;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Readiness;

namespace PoPath.Core.Storage;

/// <summary>Workspaces and their immutable snapshots: one snapshot per import of a backlog.</summary>
/// <remarks>
/// Contracts every implementation keeps (the storage contract suite checks them on each provider):
/// an import lands whole as a new snapshot or not at all; a failed backlog (<see cref="Backlog.Failed"/>) writes nothing;
/// earlier snapshots are never changed; snapshot numbers start at 1 and grow by one per workspace.
/// Expected failures (unknown workspace, unreadable or read-only database) are <see cref="StoreException"/>s.
/// </remarks>
public interface IBacklogStore : IAsyncDisposable
{
    /// <summary>Every workspace with its snapshot count and latest snapshot, by name.</summary>
    Task<IReadOnlyList<WorkspaceInfo>> ListWorkspacesAsync(CancellationToken cancellationToken = default);

    /// <summary>The snapshots of <paramref name="workspace"/>, oldest first.</summary>
    /// <exception cref="StoreException">The workspace does not exist.</exception>
    Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(string workspace, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="backlog"/> and its readiness <paramref name="run"/> as the next snapshot of <paramref name="workspace"/>, creating the workspace on first use.</summary>
    /// <param name="progress">Told the number of rows written so far; may be null.</param>
    /// <exception cref="StoreException">The backlog failed to load, or the database cannot be written.</exception>
    Task<SnapshotInfo> ImportAsync(string workspace, Backlog backlog, CheckRun run, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a backlog with its history (sprints and item events) as the next snapshot of <paramref name="workspace"/>; same contract as the backlog-only import.</summary>
    Task<SnapshotInfo> ImportAsync(string workspace, BacklogHistory history, CheckRun run, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a history read as a stream as the next snapshot of <paramref name="workspace"/>: <paramref name="load"/> is
    /// given a sink to hand each event to as it is read (written at once, inside the import's transaction, not kept in
    /// memory) and returns the history without events; <paramref name="check"/> runs the practical test on its items.
    /// Same contract as the other imports: a failed history or an error anywhere writes nothing.
    /// </summary>
    Task<SnapshotInfo> ImportStreamingAsync(string workspace, string source, Func<Func<ItemEvent, ValueTask>, Task<BacklogHistory>> load,
        Func<IReadOnlyList<Model.BacklogItem>, CheckRun> check, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The sprints and item events (by time) stored with a snapshot (empty for a backlog-only import); <paramref name="number"/> null means the latest.</summary>
    Task<StoredHistory> LoadHistoryAsync(string workspace, int? number = null, CancellationToken cancellationToken = default);

    /// <summary>One snapshot with its items and stored readiness; <paramref name="number"/> null means the latest.</summary>
    /// <exception cref="StoreException">The workspace or the snapshot does not exist.</exception>
    Task<StoredSnapshot> LoadSnapshotAsync(string workspace, int? number = null, CancellationToken cancellationToken = default);

    /// <summary>The workspace overview: the latest snapshot's counts, gap profile over the top items, and the weakest top items.</summary>
    /// <exception cref="StoreException">The workspace does not exist or has no snapshot.</exception>
    Task<WorkspaceOverview> OverviewAsync(string workspace, int top = ReadinessEngine.DefaultTop, CancellationToken cancellationToken = default);

    /// <summary>The product owner set for <paramref name="workspace"/> (as the history spells the name), or null when none is set.</summary>
    /// <exception cref="StoreException">The workspace does not exist.</exception>
    Task<string?> GetProductOwnerAsync(string workspace, CancellationToken cancellationToken = default);

    /// <summary>Sets the product owner of an existing workspace; <paramref name="name"/> null clears it (the signals then infer one).</summary>
    /// <exception cref="ArgumentException">The name is empty, longer than <see cref="MaxSettingLength"/> characters or holds control characters.</exception>
    /// <exception cref="StoreException">The workspace does not exist, or the database cannot be written.</exception>
    Task SetProductOwnerAsync(string workspace, string? name, CancellationToken cancellationToken = default);

    /// <summary>The longest setting value a store accepts.</summary>
    const int MaxSettingLength = 200;

    /// <summary>Saves a profile and the advice produced from it as the next saved advice of <paramref name="workspace"/>, in one transaction.</summary>
    /// <param name="snapshot">The snapshot whose learning gap the advice used, or null.</param>
    /// <exception cref="StoreException">The workspace does not exist, or the database cannot be written.</exception>
    Task<StoredAdvice> SaveAdviceAsync(string workspace, Profile profile, Advice advice, int? snapshot, CancellationToken cancellationToken = default);

    /// <summary>The advice saved last for <paramref name="workspace"/>, or null when none was saved.</summary>
    /// <exception cref="StoreException">The workspace does not exist.</exception>
    Task<StoredAdvice?> LatestAdviceAsync(string workspace, CancellationToken cancellationToken = default);

    /// <summary>Every advice saved for <paramref name="workspace"/>, oldest first.</summary>
    /// <exception cref="StoreException">The workspace does not exist.</exception>
    Task<IReadOnlyList<StoredAdvice>> ListAdviceAsync(string workspace, CancellationToken cancellationToken = default);
}
