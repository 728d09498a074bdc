namespace PoPath.Core.Insights;

/// <summary>Options of <see cref="Summarizer"/>.</summary>
public sealed record SummaryOptions
{
    /// <summary>Sentences in the summary.</summary>
    public int Sentences { get; init; } = 6;

    /// <summary>MMR trade-off: 1 = relevance only, 0 = novelty only.</summary>
    public double Lambda { get; init; } = 0.7;

    /// <summary>A candidate this similar (cosine of word TF-IDF) to a chosen sentence is never chosen.</summary>
    public double MaxSimilarity { get; init; } = 0.6;

    /// <summary>Longest sentence quoted, in characters (longer ones are skipped, not cut, so quotes stay verbatim).</summary>
    public int MaxSentenceLength { get; init; } = 400;

    public ThemeOptions Themes { get; init; } = new();
}
