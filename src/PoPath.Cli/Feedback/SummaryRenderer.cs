using System.Globalization;
using System.Text;
using PoPath.Cli.Storage;
using PoPath.Core.Insights;
using PoPath.Generative;
using Spectre.Console;

namespace PoPath.Cli.Feedback;

/// <summary>Prints a <see cref="ResearchSummary"/>: every sentence is a quote followed by its entry id.</summary>
internal static class SummaryRenderer
{
    public static void Write(CliEnvironment env, StoreOutput output, string source, ResearchSummary summary, RephraseResult? rephrased = null)
    {
        var labels = summary.Coverage.ToDictionary(c => c.Theme, c => c.Label);
        switch (output)
        {
            case StoreOutput.Json:
                AssistWriter.Json(env, new
                {
                    source,
                    sentences = summary.Sentences.Select(s => new { entry_id = s.EntryId, text = s.Text, start = s.Start, end = s.End, theme = s.Theme }),
                    coverage = summary.Coverage.Select(c => new { theme = c.Theme, label = c.Label, size = c.Size, share = c.Share, sentences = c.Sentences }),
                    pipeline = summary.Themes.Pipeline,
                }, rephrased);
                break;
            case StoreOutput.Markdown:
                var sb = new StringBuilder();
                sb.Append(CultureInfo.InvariantCulture, $"# Research summary: {AssistWriter.Md(source)}\n\n");
                sb.Append("Every sentence is quoted verbatim from the entry named after it; themes get sentences in proportion to their size.\n\n");
                foreach (var group in summary.Sentences.GroupBy(s => s.Theme))
                {
                    var c = summary.Coverage.First(x => x.Theme == group.Key);
                    sb.Append(CultureInfo.InvariantCulture, $"## {AssistWriter.Md(labels[group.Key])} ({c.Size} entries, {c.Share:P0})\n\n");
                    foreach (var s in group)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"- \"{AssistWriter.Md(s.Text)}\" — {AssistWriter.Md(s.EntryId)}\n");
                    }

                    sb.Append('\n');
                }

                var left = summary.Coverage.Where(c => c.Sentences == 0).ToList();
                if (left.Count > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"Themes too small for a sentence at this length: {string.Join("; ", left.Select(c => $"{AssistWriter.Md(c.Label)} ({c.Size})"))}.\n");
                }

                if (rephrased is not null)
                {
                    sb.Append('\n').Append(RephraseStep.Markdown(rephrased));
                }

                AssistWriter.Markdown(env, sb.ToString());
                break;
            default:
                var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape($"Research summary of {source}")) };
                table.AddColumn("Theme");
                table.AddColumn("Quote");
                table.AddColumn("Entry");
                foreach (var s in summary.Sentences)
                {
                    table.AddRow(AssistWriter.Cell(labels[s.Theme]), AssistWriter.Cell($"\"{s.Text}\""), AssistWriter.Cell(s.EntryId));
                }

                AssistWriter.Table(env, table);
                if (rephrased is not null)
                {
                    RephraseStep.Table(env, rephrased);
                }

                break;
        }
    }
}
