using System.Globalization;
using System.Runtime.CompilerServices;
using PoPath.Core.Model;

namespace PoPath.Core.Insights;

/// <summary>Groups short feedback texts into themes without neural weights: TF-IDF (character and word n-grams), LSA, k-means.</summary>
/// <remarks>
/// Pure and deterministic: the same entries in the same order with the same <see cref="ThemeOptions.Seed"/> give the
/// same themes on any machine. Every theme carries the evidence it rests on — its entries, the three entries nearest
/// its centre quoted verbatim, its distinctive terms — and, given a backlog, the items whose text shares its terms.
/// </remarks>
public static class ThemeFinder
{
    /// <summary>Finds themes in <paramref name="entries"/> and links them to <paramref name="backlog"/> when given.</summary>
    /// <exception cref="ArgumentException">No entries, more than <see cref="ThemeOptions.MaxEntries"/>, a K below 1, or power iterations or restarts out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ThemeSet Find(IReadOnlyList<FeedbackEntry> entries, ThemeOptions? options = null, IReadOnlyList<BacklogItem>? backlog = null)
    {
        options ??= new ThemeOptions();
        if (entries.Count == 0)
        {
            throw new ArgumentException("no feedback entries to group", nameof(entries));
        }

        if (entries.Count > options.MaxEntries)
        {
            throw new ArgumentException($"{entries.Count} feedback entries is more than the limit of {options.MaxEntries}", nameof(entries));
        }

        if (options.K is < 1)
        {
            throw new ArgumentException($"the number of themes must be at least 1, got {options.K}", nameof(options));
        }

        if (options.PowerIterations is < 0 or > 20)
        {
            throw new ArgumentException($"power iterations must be between 0 and 20, got {options.PowerIterations}", nameof(options));
        }

        if (options.Restarts is < 1 or > 100)
        {
            throw new ArgumentException($"k-means restarts must be between 1 and 100, got {options.Restarts}", nameof(options));
        }

        var texts = entries.Select(e => e.Text).ToArray();
        var features = ThemeFeatures.Build(texts, options);
        var n = texts.Length;
        var d = features.Width;
        var candidates = new List<KCandidate>();
        int k;
        if (options.K is { } fixedK)
        {
            k = Math.Min(fixedK, n);
        }
        else
        {
            k = ChooseK(features.Embedding, n, d, options, candidates);
        }

        var clustering = KMeans.Run(features.Embedding, n, d, k, options.Seed, options.Restarts);
        var themes = Describe(entries, features, clustering, k, options, backlog, out var assignments);
        var unaddressed = backlog is null ? [] : themes.Where(t => t.Items.Count == 0).Select(t => t.Number).ToList();
        return new ThemeSet(themes, assignments, options.K is null, candidates, unaddressed, options.Seed, features.Pipeline);
    }

    /// <summary>The number of themes with the highest mean silhouette on a seeded sample, over a geometric grid 2, 3, 4, 6, 9, …</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int ChooseK(float[] embedding, int n, int d, ThemeOptions options, List<KCandidate> candidates)
    {
        if (n < 4)
        {
            return 1;
        }

        var m = Math.Min(n, options.SelectionSample);
        var random = new Random(options.Seed);
        var sample = Enumerable.Range(0, n).ToArray();
        random.Shuffle(sample);
        sample = [.. sample.Take(m).Order()];
        var sub = new float[m * d];
        for (var i = 0; i < m; i++)
        {
            Dense.Row(embedding, sample[i], d).CopyTo(sub.AsSpan(i * d, d));
        }

        var distance = CosineDistances(sub, m, d);
        var limit = Math.Min(options.MaxThemes, m / 2);
        var best = 1;
        var bestScore = double.MinValue;
        for (var k = 2; k <= limit; k = Math.Max(k + 1, (int)Math.Round(k * 1.5)))
        {
            var labels = KMeans.Run(sub, m, d, k, options.Seed, restarts: 1, maxIterations: 50).Labels;
            var score = Silhouette.Mean(distance, m, labels, k);
            candidates.Add(new KCandidate(k, Math.Round(score, 4)));
            if (score > bestScore)
            {
                bestScore = score;
                best = k;
            }
        }

        return best;
    }

    /// <summary>The symmetric m × m matrix of cosine distances between unit rows: the upper triangle in fixed row chunks, four columns per pass, then mirrored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] CosineDistances(float[] rows, int m, int d)
    {
        var distance = new float[m * m];
        Chunks.For(m, 32, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
        {
            Span<float> four = stackalloc float[4];
            for (var i = start; i < end; i++)
            {
                var x = Dense.Row(rows, i, d);
                var j = i;
                for (; j + 4 <= m; j += 4)
                {
                    Dense.Dot4(x, Dense.Row(rows, j, d), Dense.Row(rows, j + 1, d), Dense.Row(rows, j + 2, d), Dense.Row(rows, j + 3, d), four);
                    for (var t = 0; t < 4; t++)
                    {
                        distance[(i * m) + j + t] = Math.Max(0f, 1f - four[t]);
                    }
                }

                for (; j < m; j++)
                {
                    distance[(i * m) + j] = Math.Max(0f, 1f - Dense.Dot(x, Dense.Row(rows, j, d)));
                }
            }
        });
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < i; j++)
            {
                distance[(i * m) + j] = distance[(j * m) + i];
            }
        }

        return distance;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Theme> Describe(
        IReadOnlyList<FeedbackEntry> entries,
        ThemeFeatures features,
        KMeans.Result clustering,
        int k,
        ThemeOptions options,
        IReadOnlyList<BacklogItem>? backlog,
        out int[] assignments)
    {
        var n = entries.Count;
        var d = features.Width;
        var members = new List<int>[k];
        for (var c = 0; c < k; c++)
        {
            members[c] = [];
        }

        for (var i = 0; i < n; i++)
        {
            members[clustering.Labels[i]].Add(i);
        }

        // Themes are numbered by size (largest first); ties by the earliest entry, so numbering is stable.
        var order = Enumerable.Range(0, k).Where(c => members[c].Count > 0)
            .OrderByDescending(c => members[c].Count).ThenBy(c => members[c][0]).ToArray();
        var number = new int[k];
        for (var r = 0; r < order.Length; r++)
        {
            number[order[r]] = r + 1;
        }

        assignments = [.. clustering.Labels.Select(c => number[c])];
        var labeller = new ThemeLabeller(features.Words, options.Lexicon);
        var linker = backlog is { Count: > 0 } ? new ThemeLinker(features.Words, backlog) : null;
        var themes = new List<Theme>(order.Length);
        foreach (var c in order)
        {
            var list = members[c];
            var terms = labeller.Terms(list, options.TermCount);
            var quotes = Quotes(entries, features.Embedding, d, clustering.Centroids.AsSpan(c * d, d), list, options.QuoteCount);
            var links = linker?.Links(list, terms, options.LinkThreshold) ?? [];
            var label = terms.Count > 0 ? string.Join(", ", terms.Take(3)) : Shorten(quotes[0].Text);
            themes.Add(new Theme(number[c], label, terms, list.Count, quotes, [.. list.Select(i => entries[i].Id)], links));
        }

        return themes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<ThemeQuote> Quotes(IReadOnlyList<FeedbackEntry> entries, float[] embedding, int d, ReadOnlySpan<float> centre, List<int> list, int count)
    {
        var scored = new List<(int Index, float Score)>(list.Count);
        foreach (var i in list)
        {
            scored.Add((i, Dense.Dot(Dense.Row(embedding, i, d), centre)));
        }

        var quotes = new List<ThemeQuote>(count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (i, _) in scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index))
        {
            if (quotes.Count == count)
            {
                break;
            }

            if (seen.Add(entries[i].Text.Trim()))
            {
                quotes.Add(new ThemeQuote(entries[i].Id, entries[i].Text));
            }
        }

        return quotes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Shorten(string text) =>
        text.Length <= 60 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..57]}...");
}
