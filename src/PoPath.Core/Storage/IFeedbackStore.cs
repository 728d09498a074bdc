using PoPath.Core.Insights;

namespace PoPath.Core.Storage;

/// <summary>Feedback sets per workspace (schema version 4).</summary>
/// <remarks>An import lands whole as a new set or not at all; earlier sets are never changed.</remarks>
public interface IFeedbackStore
{
    /// <summary>Writes the entries as the workspace's next feedback set (creating the workspace if needed) in one transaction.</summary>
    /// <exception cref="StoreException">Nothing to write, duplicate entry ids, or the database failed; nothing was written.</exception>
    Task<FeedbackSetInfo> ImportFeedbackAsync(string workspace, string source, IReadOnlyList<FeedbackEntry> entries, int warnings = 0, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FeedbackSetInfo>> ListFeedbackSetsAsync(string workspace, CancellationToken cancellationToken = default);

    /// <summary>Reads one set (the latest when <paramref name="number"/> is null).</summary>
    /// <exception cref="StoreException">No such workspace or set.</exception>
    Task<StoredFeedback> LoadFeedbackAsync(string workspace, int? number = null, CancellationToken cancellationToken = default);
}
