using System.Globalization;
using PoPath.Core.Model;

namespace PoPath.Core.Insights.Options;

/// <summary>Drafts two or three alternative backlog items for a theme (or the theme that best matches a stated goal).</summary>
/// <remarks>
/// Pure. Answers only restate the evidence: who reported it (entries, segments, a quote), what a slice leaves out,
/// and how the theme ranks by size. The business reason and the expected outcome are never in feedback, so they are
/// left empty for the Product Owner to answer.
/// </remarks>
public static class OptionDrafter
{
    /// <summary>Options for theme <paramref name="number"/> of <paramref name="set"/>, computed on <paramref name="entries"/>.</summary>
    public static IReadOnlyList<BacklogOption> ForTheme(ThemeSet set, IReadOnlyList<FeedbackEntry> entries, int number)
    {
        var theme = set.Themes.FirstOrDefault(t => t.Number == number)
            ?? throw new ArgumentException($"there is no theme {number}; the themes are 1 to {set.Themes.Count}", nameof(number));
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var members = theme.EntryIds.Select(id => byId[id]).ToList();
        var rankBySize = set.Themes.OrderByDescending(t => t.Size).ToList().IndexOf(theme) + 1;
        var ordering = string.Create(CultureInfo.InvariantCulture,
            $"Theme {theme.Number} is the {Ordinal(rankBySize)} largest of {set.Themes.Count} themes: {theme.Size} of {entries.Count} entries.");
        var options = new List<BacklogOption>();

        // The slice: the most distinctive term that some, but not all, entries name.
        foreach (var term in theme.Terms)
        {
            var words = term.Split(' ');
            var naming = members.Where(e => words.All(w => e.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
            if (naming.Count > 0 && naming.Count < members.Count)
            {
                options.Add(Option("slice", $"Address \"{term}\" first", $"A thin slice: the {naming.Count} reports that name \"{term}\".",
                    naming, [], theme, $"Leaves the other {members.Count - naming.Count} entries of theme {theme.Number} for a later item.", ordering));
                break;
            }
        }

        options.Add(Option("whole", $"Resolve theme {theme.Number}: {theme.Label}", $"One item for all {members.Count} entries of the theme.",
            members, [], theme, null, ordering));

        if (theme.Items.Count > 0)
        {
            var item = theme.Items[0];
            options.Add(Option("extend", $"Extend {item.ItemId} to cover theme {theme.Number}",
                $"Grow the item that already addresses the theme (shared terms: {string.Join(", ", item.MatchedTerms)}).",
                members, [.. theme.Items.Select(l => l.ItemId)], theme, $"Grows {item.ItemId} instead of adding a new item.", ordering));
        }
        else
        {
            var segment = members.Where(e => e.Segment is not null).GroupBy(e => e.Segment!, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
            if (segment is not null && segment.Count() < members.Count)
            {
                options.Add(Option("segment", $"Start with the {segment.Key} segment", $"Serve the {segment.Count()} {segment.Key} reports first.",
                    [.. segment], [], theme, $"Leaves the {members.Count - segment.Count()} reports from other segments for later.", ordering));
            }
        }

        return options.Take(3).ToList();
    }

    /// <summary>Options for the theme whose entries share the most words with <paramref name="goal"/>.</summary>
    /// <exception cref="ArgumentException">No theme shares a word with the goal.</exception>
    public static IReadOnlyList<BacklogOption> ForGoal(ThemeSet set, IReadOnlyList<FeedbackEntry> entries, string goal, AssistLexicon? lexicon = null)
    {
        lexicon ??= AssistLexicon.English;
        var words = Words(goal, lexicon).ToHashSet(StringComparer.Ordinal);
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var best = set.Themes
            .Select(t => (Theme: t, Score: t.EntryIds.Average(id => Words(byId[id].Text, lexicon).Count(words.Contains))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Theme.Number).First();
        if (best.Score <= 0)
        {
            throw new ArgumentException($"no theme shares a word with the goal \"{goal}\"", nameof(goal));
        }

        return ForTheme(set, entries, best.Theme.Number);
    }

    private static BacklogOption Option(string kind, string title, string approach, List<FeedbackEntry> motivating, IReadOnlyList<string> items, Theme theme, string? tradeOff, string ordering)
    {
        var quote = theme.Quotes.FirstOrDefault(q => motivating.Any(m => m.Id == q.EntryId)) is { } q
            ? q
            : new ThemeQuote(motivating[0].Id, motivating[0].Text);
        var segments = motivating.Where(e => e.Segment is not null).GroupBy(e => e.Segment!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}").ToList();
        var need = string.Create(CultureInfo.InvariantCulture,
            $"{motivating.Count} feedback {(motivating.Count == 1 ? "entry reports" : "entries report")} it{(segments.Count > 0 ? $" (segments: {string.Join(", ", segments)})" : string.Empty)}, e.g. \"{quote.Text}\" ({quote.EntryId}).");
        return new BacklogOption(kind, title, approach, [.. motivating.Select(e => e.Id)], items,
        [
            new OptionAnswer(Element.CustomerNeed, need),
            new OptionAnswer(Element.BusinessReason, null),
            new OptionAnswer(Element.TradeOff, tradeOff),
            new OptionAnswer(Element.ExpectedOutcome, null),
            new OptionAnswer(Element.OrderingRationale, ordering),
        ]);
    }

    private static IEnumerable<string> Words(string text, AssistLexicon lexicon) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !lexicon.StopWords.Contains(w)).Select(w => w.Length > 5 ? w[..5] : w);

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => string.Create(CultureInfo.InvariantCulture, $"{n}th"),
    };
}
