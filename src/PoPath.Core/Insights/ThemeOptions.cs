namespace PoPath.Core.Insights;

/// <summary>How <see cref="ThemeFinder"/> builds features and clusters; the defaults are the pipeline measured in docs/benchmarks/themes.md.</summary>
public sealed record ThemeOptions
{
    /// <summary>Number of themes; null chooses it automatically (<see cref="ThemeSet.Candidates"/> shows the scores).</summary>
    public int? K { get; init; }

    /// <summary>Seed of every random choice (sketch, k-means++ and restarts, silhouette sample): same seed, same themes.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Character n-gram lengths inside words (0 turns character features off).</summary>
    public int CharMin { get; init; } = 2;

    public int CharMax { get; init; } = 5;

    /// <summary>Weight of word 1–2-gram features next to the character features (0 turns them off).</summary>
    public float WordWeight { get; init; } = 0.5f;

    /// <summary>A term must occur in at least this many texts to count.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>LSA dimensions (at least 2; fewer when there are fewer texts or terms).</summary>
    public int Dimensions { get; init; } = 200;

    /// <summary>Power iterations of the randomized SVD (more: closer to the exact top singular directions, slower; 1 was as good as 2 or 3 on the tuning splits).</summary>
    public int PowerIterations { get; init; } = 1;

    /// <summary>k-means restarts; the run with the lowest inertia wins.</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Largest number of themes the automatic choice considers.</summary>
    public int MaxThemes { get; init; } = 200;

    /// <summary>Texts used to choose the number of themes (a seeded sample; the final clustering uses all).</summary>
    public int SelectionSample { get; init; } = 3000;

    public int QuoteCount { get; init; } = 3;

    public int TermCount { get; init; } = 5;

    /// <summary>Cosine between a theme's word centroid and an item's text from which the item is said to address the theme.</summary>
    public double LinkThreshold { get; init; } = 0.12;

    /// <summary>Most entries one run accepts.</summary>
    public int MaxEntries { get; init; } = 200_000;

    public AssistLexicon Lexicon { get; init; } = AssistLexicon.English;
}
