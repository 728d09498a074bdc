using PoPath.Core.Model;

namespace PoPath.Web.Workspaces;

/// <summary>Cuts a text field into runs, each marked with the elements whose evidence spans cover it.</summary>
/// <remarks>
/// Pages render each run as text (HTML-escaped by Razor) inside a <c>&lt;mark&gt;</c> when it is evidence; the item text is
/// never inserted as markup. Overlapping spans of several elements give a run marked with all of them.
/// </remarks>
internal static class Highlighter
{
    public readonly record struct Run(string Text, IReadOnlyList<Element> Elements);

    public static IReadOnlyList<Run> Runs(string text, string field, IEnumerable<ElementVerdict> verdicts)
    {
        var spans = verdicts.SelectMany(v => v.Evidence.Where(e => e.Field == field && e.End > e.Start && e.Start >= 0 && e.End <= text.Length)
            .Select(e => (e.Start, e.End, v.Element))).ToList();
        if (spans.Count == 0)
        {
            return [new Run(text, [])];
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (s, e, _) in spans)
        {
            cuts.Add(s);
            cuts.Add(e);
        }

        var runs = new List<Run>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            var covering = spans.Where(x => x.Start <= a && x.End >= b).Select(x => x.Element).Distinct().ToList();
            if (runs.Count > 0 && runs[^1].Elements.SequenceEqual(covering))
            {
                runs[^1] = new Run(runs[^1].Text + text[a..b], covering);
            }
            else
            {
                runs.Add(new Run(text[a..b], covering));
            }
        }

        return runs;
    }
}
