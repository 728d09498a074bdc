namespace PoPath.Core.Storage;

/// <summary>One item present in both snapshots whose readiness changed.</summary>
public sealed record ItemChange(string Id, string Title, int ScoreBefore, int ScoreAfter, IReadOnlyList<ElementChange> Elements);
