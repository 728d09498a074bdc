namespace PoPath.Core.Storage;

/// <summary>A workspace: one team's or PO's data.</summary>
/// <param name="Latest">The latest snapshot, null when there is none yet.</param>
public sealed record WorkspaceInfo(string Name, DateTimeOffset Created, int Snapshots, SnapshotInfo? Latest);
