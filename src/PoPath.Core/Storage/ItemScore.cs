namespace PoPath.Core.Storage;

/// <summary>An item's id, title, rank and readiness score in a snapshot.</summary>
public sealed record ItemScore(string Id, string Title, int Rank, int Score);
