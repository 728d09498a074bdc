namespace PoPath.Core.Storage;

/// <summary>A snapshot read back: its items in rank order and the readiness stored with them at import time.</summary>
/// <param name="Results">One per item, in the same order as <see cref="Items"/>.</param>
public sealed record StoredSnapshot(SnapshotInfo Info, IReadOnlyList<Model.BacklogItem> Items, IReadOnlyList<Model.Readiness> Results);
