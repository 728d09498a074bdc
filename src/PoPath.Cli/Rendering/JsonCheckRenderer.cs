using System.Text.Json;
using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Cli.Rendering;

/// <summary>The JSON contract of DESIGN §7: <c>items[]</c>, <c>summary</c>, <c>gaps</c>, plus <c>diagnostics[]</c>.</summary>
internal sealed class JsonCheckRenderer : ICheckRenderer
{
    public void Render(CheckReport report, TextWriter output)
    {
        ChunkedJson.Write(output, (w, drain) => Write(report, w, drain));
    }

    private static void Write(CheckReport report, Utf8JsonWriter w, Action drain)
    {
        var run = report.Run;
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteString("name", "popath");
        w.WriteString("version", AppInfo.Version);
        w.WriteEndObject();
        w.WriteString("source", report.Source);
        w.WriteString("format", report.Format);

        w.WriteStartObject("summary");
        w.WriteNumber("items", run.Summary.Items);
        w.WriteNumber("average_score", run.Summary.AverageScore);
        w.WriteNumber("top", report.Top);
        w.WriteNumber("top_average_score", run.Summary.TopAverageScore);
        w.WriteNumber("passing", run.Summary.Passing);
        w.WriteNumber("warnings", report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        w.WriteEndObject();

        w.WriteStartObject("gaps");
        w.WriteNumber("top", run.Gaps.Top);
        w.WriteNumber("items", run.Gaps.ItemsConsidered);
        w.WriteStartObject("elements");
        foreach (var g in run.Gaps.Elements)
        {
            w.WriteStartObject(g.Element.Id());
            w.WriteNumber("present", g.Present);
            w.WriteNumber("weak", g.Weak);
            w.WriteNumber("missing", g.Missing);
            w.WriteNumber("missing_share", Math.Round(g.MissingShare, 4));
            w.WriteNumber("weak_share", Math.Round(g.WeakShare, 4));
            w.WriteNumber("gap_share", Math.Round(g.GapShare, 4));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("items");
        var n = 0;
        foreach (var r in run.Items)
        {
            WriteItem(r, w);
            if (++n % 256 == 0)
            {
                drain();
            }
        }

        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity == DiagnosticSeverity.Error ? "error" : "warning");
            w.WriteString("file", d.Location.File);
            if (d.Location.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            if (d.Location.Column is { } col)
            {
                w.WriteNumber("column", col);
            }

            if (d.Location.Path is { } path)
            {
                w.WriteString("path", path);
            }

            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteItem(Readiness r, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Item.Id);
        w.WriteString("title", r.Item.Title);
        w.WriteNumber("rank", r.Item.Rank);
        w.WriteNumber("score", r.Score);
        w.WriteStartObject("elements");
        foreach (var v in r.Elements)
        {
            w.WriteStartObject(v.Element.Id());
            w.WriteString("status", v.Status.Id());
            w.WriteString("reason", v.Reason);
            WriteEvidence(v.Evidence, w);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("questions");
        foreach (var q in r.Questions)
        {
            w.WriteStringValue(q);
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteString("message", f.Message);
            WriteEvidence(f.Evidence, w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvidence(IReadOnlyList<Evidence> evidence, Utf8JsonWriter w)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("field", e.Field);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
