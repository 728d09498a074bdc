using System.Globalization;
using System.Text;
using PoPath.Cli.Storage;
using PoPath.Core.Insights;
using Spectre.Console;

namespace PoPath.Cli.Feedback;

/// <summary>Prints a <see cref="ThemeSet"/>: JSON, Markdown with quotes as block quotes, or a table.</summary>
internal static class ThemeRenderer
{
    public static void Write(CliEnvironment env, StoreOutput output, string source, int entries, ThemeSet set, bool withBacklog)
    {
        switch (output)
        {
            case StoreOutput.Json:
                AssistWriter.Json(env, new
                {
                    source,
                    entries,
                    pipeline = set.Pipeline,
                    seed = set.Seed,
                    chosen_automatically = set.ChosenAutomatically,
                    candidates = set.Candidates.Select(c => new { k = c.K, silhouette = c.Silhouette }),
                    themes = set.Themes.Select(t => new
                    {
                        number = t.Number,
                        label = t.Label,
                        terms = t.Terms,
                        size = t.Size,
                        quotes = t.Quotes.Select(q => new { entry_id = q.EntryId, text = q.Text }),
                        entry_ids = t.EntryIds,
                        items = t.Items.Select(l => new { item_id = l.ItemId, title = l.Title, rank = l.Rank, similarity = l.Similarity, matched_terms = l.MatchedTerms }),
                    }),
                    unaddressed = withBacklog ? set.Unaddressed : null,
                });
                break;
            case StoreOutput.Markdown:
                AssistWriter.Markdown(env, Markdown(source, entries, set, withBacklog));
                break;
            default:
                var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape($"{set.Themes.Count} themes in {entries} entries of {source}")) };
                table.AddColumn("#");
                table.AddColumn("Size", c => c.RightAligned());
                table.AddColumn("Theme");
                table.AddColumn("Quotes");
                if (withBacklog)
                {
                    table.AddColumn("Addressed by");
                }

                foreach (var t in set.Themes)
                {
                    var quotes = string.Join("\n", t.Quotes.Select(q => $"\"{AssistWriter.Cell(Shorten(q.Text))}\" [dim]({AssistWriter.Cell(q.EntryId)})[/]"));
                    var cells = new List<string> { t.Number.ToString(CultureInfo.InvariantCulture), t.Size.ToString(CultureInfo.InvariantCulture), AssistWriter.Cell(t.Label), quotes };
                    if (withBacklog)
                    {
                        cells.Add(t.Items.Count == 0 ? "[yellow]none[/]" : string.Join("\n", t.Items.Select(l => AssistWriter.Cell($"{l.ItemId} ({string.Join(", ", l.MatchedTerms.Take(3))})"))));
                    }

                    table.AddRow(cells.ToArray());
                }

                AssistWriter.Table(env, table);
                env.Out.WriteLine(set.ChosenAutomatically
                    ? $"Number of themes chosen by silhouette from {string.Join(", ", set.Candidates.Select(c => c.K))}; --k N sets it."
                    : "Number of themes set with --k.");
                break;
        }
    }

    private static string Markdown(string source, int entries, ThemeSet set, bool withBacklog)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Feedback themes: {AssistWriter.Md(source)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{entries} entries, {set.Themes.Count} themes ({(set.ChosenAutomatically ? "number chosen by silhouette" : "number set with --k")}). Pipeline: {AssistWriter.Md(set.Pipeline)}.\n\n");
        foreach (var t in set.Themes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"## Theme {t.Number}: {AssistWriter.Md(t.Label)} ({t.Size} entries)\n\n");
            if (t.Terms.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"Distinctive terms: {string.Join(", ", t.Terms.Select(AssistWriter.Md))}\n\n");
            }

            foreach (var q in t.Quotes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"> \"{AssistWriter.Md(q.Text)}\" — {AssistWriter.Md(q.EntryId)}\n>\n");
            }

            // Drop the last quote's trailing ">" line: the block quote ends with a blank line instead.
            sb.Length -= 2;
            sb.Append('\n');
            if (withBacklog)
            {
                if (t.Items.Count == 0)
                {
                    sb.Append("Addressed by: no backlog item.\n\n");
                }
                else
                {
                    foreach (var l in t.Items)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"- Addressed by {AssistWriter.Md(l.ItemId)} (rank {l.Rank}) \"{AssistWriter.Md(l.Title)}\": similarity {l.Similarity:0.00}, shared terms {string.Join(", ", l.MatchedTerms.Select(AssistWriter.Md))}\n");
                    }

                    sb.Append('\n');
                }
            }
        }

        if (withBacklog)
        {
            sb.Append("## Themes no backlog item addresses\n\n");
            var open = set.Themes.Where(t => set.Unaddressed.Contains(t.Number)).ToList();
            sb.Append(open.Count == 0 ? "None.\n" : string.Concat(open.Select(t => $"- Theme {t.Number}: {AssistWriter.Md(t.Label)} ({t.Size} entries)\n")));
        }

        return sb.ToString();
    }

    private static string Shorten(string s) => s.Length <= 90 ? s : s[..87] + "...";
}
