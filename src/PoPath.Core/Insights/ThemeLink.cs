namespace PoPath.Core.Insights;

/// <summary>A backlog item whose text matches a theme: the cosine and the shared terms that make it.</summary>
public sealed record ThemeLink(string ItemId, string Title, int Rank, double Similarity, IReadOnlyList<string> MatchedTerms);
