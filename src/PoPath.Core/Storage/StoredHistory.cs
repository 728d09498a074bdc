using PoPath.Core.History;

namespace PoPath.Core.Storage;

/// <summary>A snapshot's history read back: sprints and item events in import order.</summary>
public sealed record StoredHistory(SnapshotInfo Info, IReadOnlyList<Sprint> Sprints, IReadOnlyList<ItemEvent> Events);
