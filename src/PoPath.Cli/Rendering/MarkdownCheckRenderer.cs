using System.Globalization;
using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Cli.Rendering;

/// <summary>A Markdown report: summary, gap profile, then the top items with their evidence and questions.</summary>
internal sealed class MarkdownCheckRenderer : ICheckRenderer
{
    public void Render(CheckReport report, TextWriter o)
    {
        var run = report.Run;
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"# The practical test: {MarkdownText.Escape(Path.GetFileName(report.Source))}");
        o.WriteLine();
        o.WriteLine(string.Create(inv, $"{run.Summary.Items} {(run.Summary.Items == 1 ? "item" : "items")}; average score {run.Summary.AverageScore:0.0}; top {run.Gaps.ItemsConsidered} average {run.Summary.TopAverageScore:0.0}; {run.Summary.Passing} pass the practical test."));
        var warnings = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (warnings > 0)
        {
            o.WriteLine();
            o.WriteLine($"{warnings} warning(s) while reading; see `--output json` or stderr.");
        }

        o.WriteLine();
        o.WriteLine($"## Gap profile (top {run.Gaps.ItemsConsidered} by rank)");
        o.WriteLine();
        o.WriteLine("| element | present | weak | missing | gap |");
        o.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var g in run.Gaps.Elements)
        {
            o.WriteLine(string.Create(inv, $"| {ElementLabels.Long(g.Element)} | {g.Present} | {g.Weak} | {g.Missing} | {g.GapShare:P0} |"));
        }

        o.WriteLine();
        o.WriteLine(run.Items.Count > report.Top ? $"## Top {report.Top} of {run.Items.Count} items" : "## Items");
        foreach (var r in run.Items.Take(report.Top))
        {
            o.WriteLine();
            o.WriteLine($"### {r.Item.Rank}. {MarkdownText.Escape(r.Item.Id)} — {MarkdownText.Escape(r.Item.Title)} (score {r.Score})");
            o.WriteLine();
            o.WriteLine("| element | status | evidence |");
            o.WriteLine("|---|---|---|");
            foreach (var v in r.Elements)
            {
                var ev = v.Evidence.Count == 0
                    ? MarkdownText.Escape(v.Reason)
                    : string.Join("<br>", v.Evidence.Select(e => $"“{MarkdownText.Escape(ElementLabels.Quote(e.Text, 140))}” ({ElementLabels.Where(e)})"));
                o.WriteLine($"| {ElementLabels.Long(v.Element)} | {ElementLabels.Symbol(v.Status)} {v.Status.Id()} | {ev} |");
            }

            if (r.Questions.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("Questions to answer:");
                o.WriteLine();
                foreach (var q in r.Questions)
                {
                    o.WriteLine($"- {MarkdownText.Escape(q)}");
                }
            }

            if (r.Findings.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("Story form:");
                o.WriteLine();
                foreach (var f in r.Findings)
                {
                    o.WriteLine($"- `{f.Rule}`: {MarkdownText.Escape(f.Message)}");
                }
            }
        }
    }
}
