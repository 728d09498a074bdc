namespace PoPath.Core.Insights;

/// <summary>Picks a theme's distinctive terms: word n-grams whose mean TF-IDF weight in the theme most exceeds their mean over all feedback.</summary>
internal sealed class ThemeLabeller
{
    private readonly TfidfModel _words;
    private readonly double[] _globalMean;

    public ThemeLabeller(TfidfModel words, AssistLexicon lexicon)
    {
        _ = lexicon;
        _words = words;
        _globalMean = new double[words.Terms.Length];
        var rows = words.Rows;
        for (var i = 0; i < rows.RowCount; i++)
        {
            var cols = rows.ColumnsOf(i);
            var vals = rows.ValuesOf(i);
            for (var p = 0; p < cols.Length; p++)
            {
                _globalMean[cols[p]] += vals[p];
            }
        }

        for (var t = 0; t < _globalMean.Length; t++)
        {
            _globalMean[t] /= Math.Max(1, rows.RowCount);
        }
    }

    public List<string> Terms(List<int> members, int count)
    {
        var sum = new Dictionary<int, double>();
        var df = new Dictionary<int, int>();
        foreach (var i in members)
        {
            var cols = _words.Rows.ColumnsOf(i);
            var vals = _words.Rows.ValuesOf(i);
            for (var p = 0; p < cols.Length; p++)
            {
                sum[cols[p]] = sum.GetValueOrDefault(cols[p]) + vals[p];
                df[cols[p]] = df.GetValueOrDefault(cols[p]) + 1;
            }
        }

        // A term must be shared by several members (a fifth of a large theme) to speak for the theme rather than one entry.
        var minShare = members.Count >= 3 ? Math.Max(2, members.Count / 5) : 1;
        var ranked = sum.Where(p => df[p.Key] >= minShare)
            .Select(p => (Term: p.Key, Score: (p.Value / members.Count) - _globalMean[p.Key]))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => _words.Terms[p.Term], StringComparer.Ordinal);
        var chosen = new List<string>(count);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _) in ranked)
        {
            if (chosen.Count == count)
            {
                break;
            }

            var text = _words.Terms[term];
            var parts = text.Split(' ');
            if (parts.All(covered.Contains))
            {
                continue;
            }

            // A bigram replaces the unigram it contains, so labels read "card arrive" rather than "card, card arrive".
            chosen.RemoveAll(c => parts.Length > 1 && parts.Contains(c, StringComparer.Ordinal));
            chosen.Add(text);
            covered.UnionWith(parts);
        }

        return chosen;
    }
}
