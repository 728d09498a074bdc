using PoPath.Core.Model;

namespace PoPath.Core.Insights;

/// <summary>Links a theme to the backlog items that address it: cosine between the theme's word centroid and each item's title, description and criteria.</summary>
internal sealed class ThemeLinker
{
    private readonly TfidfModel _words;
    private readonly IReadOnlyList<BacklogItem> _items;
    private readonly SparseRows _itemRows;

    public ThemeLinker(TfidfModel words, IReadOnlyList<BacklogItem> items)
    {
        _words = words;
        _items = items;
        _itemRows = words.Transform([.. items.Select(i => string.Join('\n', i.Title, i.Description, i.AcceptanceCriteria))]);
    }

    public List<ThemeLink> Links(List<int> members, IReadOnlyList<string> themeTerms, double threshold)
    {
        var centroid = new Dictionary<int, double>();
        foreach (var i in members)
        {
            var cols = _words.Rows.ColumnsOf(i);
            var vals = _words.Rows.ValuesOf(i);
            for (var p = 0; p < cols.Length; p++)
            {
                centroid[cols[p]] = centroid.GetValueOrDefault(cols[p]) + vals[p];
            }
        }

        var norm = Math.Sqrt(centroid.Values.Sum(v => v * v));
        if (norm <= 0)
        {
            return [];
        }

        var distinctive = new HashSet<string>(themeTerms.SelectMany(t => t.Split(' ')), StringComparer.Ordinal);
        var links = new List<ThemeLink>();
        for (var it = 0; it < _items.Count; it++)
        {
            var cols = _itemRows.ColumnsOf(it);
            var vals = _itemRows.ValuesOf(it);
            var dot = 0.0;
            var shared = new List<(string Term, double Weight)>();
            for (var p = 0; p < cols.Length; p++)
            {
                if (centroid.TryGetValue(cols[p], out var w))
                {
                    dot += w * vals[p];
                    shared.Add((_words.Terms[cols[p]], w * vals[p]));
                }
            }

            var similarity = dot / norm;

            // The match must include one of the theme's distinctive words, so common vocabulary alone links nothing.
            if (similarity >= threshold && shared.Any(s => s.Term.Split(' ').Any(distinctive.Contains)))
            {
                var item = _items[it];
                var matched = shared.OrderByDescending(s => s.Weight).ThenBy(s => s.Term, StringComparer.Ordinal).Take(5).Select(s => s.Term).ToList();
                links.Add(new ThemeLink(item.Id, item.Title, item.Rank, Math.Round(similarity, 3), matched));
            }
        }

        return [.. links.OrderByDescending(l => l.Similarity).ThenBy(l => l.Rank).ThenBy(l => l.ItemId, StringComparer.Ordinal)];
    }
}
