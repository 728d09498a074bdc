using PoPath.Core.Insights;

namespace PoPath.Core.Storage;

/// <summary>A feedback set read back from the store, entries in their imported order.</summary>
public sealed record StoredFeedback(FeedbackSetInfo Info, IReadOnlyList<FeedbackEntry> Entries);
