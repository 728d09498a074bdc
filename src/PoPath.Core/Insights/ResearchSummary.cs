namespace PoPath.Core.Insights;

/// <summary>An extractive summary: quoted sentences with their source ids, and how many each theme got against its share of the feedback.</summary>
public sealed record ResearchSummary(IReadOnlyList<SummarySentence> Sentences, IReadOnlyList<ThemeShare> Coverage, ThemeSet Themes);

/// <summary>A theme's size, its share of all entries and the number of summary sentences it was given.</summary>
public sealed record ThemeShare(int Theme, string Label, int Size, double Share, int Sentences);
