using System.Globalization;

namespace PoPath.Core.Insights;

/// <summary>The vectors one theme run works on: word TF-IDF (for labels and links) and the LSA embedding of the combined features.</summary>
internal sealed class ThemeFeatures
{
    private ThemeFeatures(TfidfModel words, float[] embedding, int width, string pipeline)
    {
        Words = words;
        Embedding = embedding;
        Width = width;
        Pipeline = pipeline;
    }

    public TfidfModel Words { get; }

    /// <summary>Row-major n × <see cref="Width"/>, rows L2-normalised.</summary>
    public float[] Embedding { get; }

    public int Width { get; }

    public string Pipeline { get; }

    public static ThemeFeatures Build(IReadOnlyList<string> texts, ThemeOptions options)
    {
        // With very few texts almost every term is unique; a document-frequency floor would leave nothing.
        var minDf = texts.Count < 50 ? 1 : options.MinDocumentFrequency;
        var words = TfidfModel.Fit(texts, TermKind.Words, 1, 2, minDf, options.Lexicon.StopWords);
        SparseRows rows;
        string described;
        if (options.CharMax > 0)
        {
            var chars = TfidfModel.Fit(texts, TermKind.CharWithinWords, options.CharMin, options.CharMax, minDf, options.Lexicon.StopWords);
            rows = options.WordWeight > 0 ? SparseRows.Concat(chars.Rows, 1f, words.Rows, options.WordWeight) : chars.Rows;
            var wordPart = options.WordWeight > 0 ? string.Create(CultureInfo.InvariantCulture, $" + words 1-2 ×{options.WordWeight}") : string.Empty;
            described = string.Create(CultureInfo.InvariantCulture, $"TF-IDF char_wb {options.CharMin}-{options.CharMax}{wordPart}");
        }
        else
        {
            rows = words.Rows;
            described = "TF-IDF words 1-2";
        }

        var width = RandomizedSvd.Width(rows, Math.Max(2, options.Dimensions));
        var embedding = width >= 2 && rows.Columns.Length > 0
            ? RandomizedSvd.Project(rows, width, options.Seed, options.PowerIterations)
            : Fallback(rows, out width);
        var pipeline = string.Create(CultureInfo.InvariantCulture,
            $"{described} (sublinear tf, min_df {minDf}, L2); LSA {width} (randomized SVD, {options.PowerIterations} power iterations); k-means++ greedy, {options.Restarts} restarts; seed {options.Seed}");
        return new ThemeFeatures(words, embedding, width, pipeline);
    }

    /// <summary>One or two texts, or texts with no features at all: a width-1 embedding where every row is the same point.</summary>
    private static float[] Fallback(SparseRows rows, out int width)
    {
        width = 1;
        var e = new float[rows.RowCount];
        Array.Fill(e, 1f);
        return e;
    }
}
