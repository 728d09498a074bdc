using System.Text.RegularExpressions;

namespace PoPath.Core.Insights;

/// <summary>Extractive research summary by maximal marginal relevance (Carbonell and Goldstein 1998) within themes.</summary>
/// <remarks>
/// Every sentence is a verbatim span of one entry and carries that entry's id, so attribution is exact. Sentence slots
/// go to themes in proportion to their size (largest remainder); inside a theme the next sentence maximises
/// λ·(similarity to the theme centre) − (1−λ)·(largest similarity to any sentence already chosen), and a candidate
/// too close to a chosen sentence is skipped, so the summary does not repeat itself. Pure and deterministic.
/// </remarks>
public static partial class Summarizer
{
    public static ResearchSummary Summarize(IReadOnlyList<FeedbackEntry> entries, SummaryOptions? options = null, ThemeSet? themes = null)
    {
        options ??= new SummaryOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Sentences);
        themes ??= ThemeFinder.Find(entries, options.Themes);
        if (themes.Assignments.Count != entries.Count)
        {
            throw new ArgumentException("the theme set was computed for other entries", nameof(themes));
        }

        var candidates = new List<SummarySentence>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var (start, end) in Split(entries[i].Text))
            {
                if (end - start <= options.MaxSentenceLength)
                {
                    candidates.Add(new SummarySentence(entries[i].Id, entries[i].Text[start..end], start, end, themes.Assignments[i]));
                }
            }
        }

        var quotas = Quotas(themes.Themes, entries.Count, options.Sentences);
        var chosen = new List<int>();
        if (candidates.Count > 0)
        {
            var model = TfidfModel.Fit([.. candidates.Select(c => c.Text)], TermKind.Words, 1, 2, 1, options.Themes.Lexicon.StopWords);
            foreach (var theme in themes.Themes)
            {
                Pick(model.Rows, candidates, theme.Number, quotas[theme.Number], options, chosen);
            }
        }

        var sentences = chosen.Select(c => candidates[c]).ToList();
        var coverage = themes.Themes.Select(t => new ThemeShare(
            t.Number, t.Label, t.Size, Math.Round((double)t.Size / entries.Count, 4), sentences.Count(s => s.Theme == t.Number))).ToList();
        return new ResearchSummary(sentences, coverage, themes);
    }

    /// <summary>Sentence slots per theme number, proportional to size by the largest-remainder method (ties to the larger, then earlier theme).</summary>
    internal static Dictionary<int, int> Quotas(IReadOnlyList<Theme> themes, int total, int slots)
    {
        var exact = themes.Select(t => (t.Number, t.Size, Value: (double)t.Size * slots / Math.Max(1, total))).ToList();
        var quotas = exact.ToDictionary(e => e.Number, e => (int)Math.Floor(e.Value));
        var left = slots - quotas.Values.Sum();
        foreach (var e in exact.OrderByDescending(e => e.Value - Math.Floor(e.Value)).ThenByDescending(e => e.Size).ThenBy(e => e.Number))
        {
            if (left-- <= 0)
            {
                break;
            }

            quotas[e.Number]++;
        }

        return quotas;
    }

    private static void Pick(SparseRows rows, List<SummarySentence> candidates, int theme, int quota, SummaryOptions options, List<int> chosen)
    {
        var mine = Enumerable.Range(0, candidates.Count).Where(c => candidates[c].Theme == theme).ToList();
        if (mine.Count == 0 || quota == 0)
        {
            return;
        }

        // The theme's centre in sentence space: mean of its sentences' rows.
        var centre = new Dictionary<int, double>();
        foreach (var c in mine)
        {
            var cols = rows.ColumnsOf(c);
            var vals = rows.ValuesOf(c);
            for (var p = 0; p < cols.Length; p++)
            {
                centre[cols[p]] = centre.GetValueOrDefault(cols[p]) + vals[p];
            }
        }

        var norm = Math.Sqrt(centre.Values.Sum(v => v * v));
        double Relevance(int c)
        {
            if (norm <= 0)
            {
                return 0;
            }

            var cols = rows.ColumnsOf(c);
            var vals = rows.ValuesOf(c);
            var s = 0.0;
            for (var p = 0; p < cols.Length; p++)
            {
                s += centre.GetValueOrDefault(cols[p]) * vals[p];
            }

            return s / norm;
        }

        var relevance = mine.ToDictionary(c => c, Relevance);
        var taken = 0;
        while (taken < quota)
        {
            var best = -1;
            var bestScore = double.MinValue;
            foreach (var c in mine)
            {
                if (chosen.Contains(c))
                {
                    continue;
                }

                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(s => Similarity(rows, c, s, candidates));
                if (redundancy >= options.MaxSimilarity)
                {
                    continue;
                }

                var score = (options.Lambda * relevance[c]) - ((1 - options.Lambda) * redundancy);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }

            if (best < 0)
            {
                return;
            }

            chosen.Add(best);
            taken++;
        }
    }

    private static double Similarity(SparseRows rows, int a, int b, List<SummarySentence> candidates) =>
        string.Equals(candidates[a].Text.Trim(), candidates[b].Text.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : rows.Dot(a, rows, b);

    /// <summary>Sentence spans of a text: split after . ! ? followed by white space, and at line breaks; spans trimmed.</summary>
    internal static IEnumerable<(int Start, int End)> Split(string text)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var span = Trim(text, start, m.Index);
            if (span.End > span.Start)
            {
                yield return span;
            }

            start = m.Index + m.Length;
        }

        var last = Trim(text, start, text.Length);
        if (last.End > last.Start)
        {
            yield return last;
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\r?\n+")]
    private static partial Regex Boundary();
}
