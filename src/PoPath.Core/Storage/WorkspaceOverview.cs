using PoPath.Core.Model;

namespace PoPath.Core.Storage;

/// <summary>The figures a workspace's front page shows: latest snapshot, its gap profile, and the weakest top items.</summary>
/// <param name="Weakest">Up to ten of the top items with the lowest scores, lowest first.</param>
public sealed record WorkspaceOverview(WorkspaceInfo Workspace, SnapshotInfo Latest, GapProfile Gaps, IReadOnlyList<ItemScore> Weakest);
