using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using PoPath.Core.Model;
using PoPath.Core.Signals;

namespace PoPath.Cli.Signals;

/// <summary>The one-file HTML report: practical test summary, gap profile, signals over time with bands and evidence counts, findings.</summary>
/// <remarks>Self-contained (inline CSS and SVG, no script, no external asset) and readable when printed. Every imported text is HTML-encoded.</remarks>
internal static class HtmlReport
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;color:#222;line-height:1.4;padding:0 1rem}
        h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .band{font-weight:600}.healthy{color:#1e8449}.watch{color:#a67c00}.concern{color:#c0392b}.none{color:#888}
        .finding{border-left:4px solid #c0392b;padding:.5rem 1rem;background:#fdf3f2;margin:1rem 0}
        .meta{color:#555}section.signal{break-inside:avoid;page-break-inside:avoid}
        svg{max-width:100%;height:auto}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}.finding,table,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    public static string Write(SignalsInput input, SignalResult result, int top)
    {
        var e = HtmlEncoder.Default;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>PoPath report — ").Append(e.Encode(input.Source)).Append("</title>");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").Append(Css).Append("</style></head><body>\n");
        sb.Append("<h1>PoPath report</h1>\n<p class=\"meta\">Source: ").Append(e.Encode(input.Source)).Append(" (").Append(e.Encode(input.Format)).Append(")<br>Product owner: ")
            .Append(e.Encode(SignalsRenderer.Owner(result.ProductOwner))).Append("</p>\n");

        PracticalTest(sb, input, top);
        Signals(sb, result);
        Findings(sb, result);
        sb.Append("<p class=\"meta\">Definitions of every signal and its bands: docs/signals/ in the PoPath repository.</p>\n</body></html>\n");
        return sb.ToString();
    }

    private static void PracticalTest(StringBuilder sb, SignalsInput input, int top)
    {
        var e = HtmlEncoder.Default;
        var run = input.Latest;
        sb.Append("<h2>Practical test</h2>\n<p>").Append(string.Create(CultureInfo.InvariantCulture,
            $"{run.Summary.Items} items; average score {run.Summary.AverageScore:0.0}; top {run.Gaps.ItemsConsidered} average {run.Summary.TopAverageScore:0.0}; {run.Summary.Passing} pass the practical test.")).Append("</p>\n");
        sb.Append("<table><tr><th>Element</th><th>Present</th><th>Weak</th><th>Missing</th></tr>\n");
        foreach (var el in ElementNames.All)
        {
            int Of(ElementStatus s) => run.Items.Count(r => r.Of(el).Status == s);
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{e.Encode(el.Id())}</td><td class=\"n\">{Of(ElementStatus.Present)}</td><td class=\"n\">{Of(ElementStatus.Weak)}</td><td class=\"n\">{Of(ElementStatus.Missing)}</td></tr>\n");
        }

        sb.Append("</table>\n<h2>Gap profile</h2>\n<p>").Append(string.Create(CultureInfo.InvariantCulture, $"Across the top {run.Gaps.ItemsConsidered} items by rank: the share weak or missing per element.")).Append("</p>\n");
        sb.Append("<table><tr><th>Element</th><th>Present</th><th>Weak</th><th>Missing</th><th>Gap</th></tr>\n");
        foreach (var g in run.Gaps.Elements)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{e.Encode(g.Element.Id())}</td><td class=\"n\">{g.Present}</td><td class=\"n\">{g.Weak}</td><td class=\"n\">{g.Missing}</td><td class=\"n\">{g.GapShare:P0}</td></tr>\n");
        }

        sb.Append("</table>\n<h2>Weakest top items</h2>\n<table><tr><th>Rank</th><th>Item</th><th>Title</th><th>Score</th></tr>\n");
        foreach (var r in run.Items.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal).Take(top).OrderBy(r => r.Score).ThenBy(r => r.Item.Rank).Take(10))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{r.Item.Rank}</td><td>{e.Encode(r.Item.Id)}</td><td>{e.Encode(r.Item.Title)}</td><td class=\"n\">{r.Score}</td></tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static void Signals(StringBuilder sb, SignalResult result)
    {
        var e = HtmlEncoder.Default;
        sb.Append("<h2>Signals over time</h2>\n<p>").Append(e.Encode(result.PeriodKind == PeriodKind.Sprint ? "One value per sprint." : "One value per calendar month (UTC).")).Append(" Dashed lines: the watch and concern thresholds.</p>\n");
        foreach (var s in result.Signals)
        {
            var t = s.Thresholds;
            sb.Append("<section class=\"signal\"><h3>").Append(e.Encode(s.Id)).Append("</h3>\n<p>").Append(e.Encode(s.Descriptor.Summary)).Append(". ")
                .Append(e.Encode(string.Create(CultureInfo.InvariantCulture, $"{(t.HigherIsWorse ? "Higher is worse" : "Lower is worse")}: watch {(t.HigherIsWorse ? "above" : "below")} {t.Watch:0.###}, concern {(t.HigherIsWorse ? "above" : "below")} {t.Concern:0.###}."))).Append("</p>\n");
            if (s.Error is { } error)
            {
                sb.Append("<p class=\"concern\">").Append(e.Encode(error)).Append("</p></section>\n");
                continue;
            }

            sb.Append(SvgChart.Of(s)).Append('\n');
            sb.Append("<table><tr><th>Period</th><th>Value</th><th>Band</th><th>Evidence</th><th>How</th></tr>\n");
            foreach (var v in s.Values)
            {
                var band = SignalsJson.BandName(v.Band);
                sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{e.Encode(v.Period)}</td><td class=\"n\">{SignalsRenderer.Value(v.Value)}</td><td class=\"band {band}\">{band}</td><td class=\"n\">{v.EvidenceTotal}</td><td>{e.Encode(v.Note)}</td></tr>\n");
            }

            sb.Append("</table></section>\n");
        }
    }

    private static void Findings(StringBuilder sb, SignalResult result)
    {
        var e = HtmlEncoder.Default;
        sb.Append("<h2>Organisational findings</h2>\n");
        if (result.Findings.Count == 0)
        {
            sb.Append("<p>No organisational finding: nothing in the history points at the organisation rather than the person.</p>\n");
        }

        foreach (var f in result.Findings)
        {
            sb.Append("<div class=\"finding\"><h3>").Append(e.Encode(f.Kind)).Append("</h3>\n<p>").Append(e.Encode(f.Message)).Append("</p>\n<ul>\n");
            foreach (var ev in f.Evidence)
            {
                sb.Append("<li>").Append(e.Encode($"{ev.Kind} {ev.Ref}: {ev.Text}")).Append("</li>\n");
            }

            sb.Append("</ul></div>\n");
        }
    }
}
