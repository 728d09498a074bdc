using System.Text.Json;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Cli.Rendering;

/// <summary>SARIF 2.1.0: one rule per element, one result per weak or missing element of an item (missing = warning, weak = note).</summary>
/// <remarks>Written with Utf8JsonWriter: the SARIF SDK is not available on this project's package feed, and the subset used here is small.</remarks>
internal sealed class SarifCheckRenderer : ICheckRenderer
{
    public void Render(CheckReport report, TextWriter output)
    {
        ChunkedJson.Write(output, (w, drain) =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w);
            w.WriteStartArray("artifacts");
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteString("uri", Uri(report.Source));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("results");
            var n = 0;
            foreach (var r in report.Run.Items)
            {
                foreach (var v in r.Elements)
                {
                    if (v.Status == ElementStatus.Present)
                    {
                        continue;
                    }

                    WriteResult(w, report, r, v);
                }

                if (++n % 256 == 0)
                {
                    drain();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "PoPath");
        w.WriteString("version", AppInfo.Version);
        w.WriteStartArray("rules");
        foreach (var d in ReadinessEngine.Default.Detectors)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Element.Id());
            w.WriteString("name", string.Concat(d.Element.Id().Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", ElementLabels.Long(d.Element));
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", d.Summary);
            w.WriteEndObject();
            w.WriteStartObject("help");
            w.WriteString("text", $"See docs/elements/{d.Element.Id()}.md in the PoPath repository.");
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", "warning");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, CheckReport report, Readiness r, ElementVerdict v)
    {
        var question = QuestionFor(r, v);
        w.WriteStartObject();
        w.WriteString("ruleId", v.Element.Id());
        w.WriteString("level", v.Status == ElementStatus.Missing ? "warning" : "note");
        w.WriteStartObject("message");
        w.WriteString("text", $"{r.Item.Id}: {ElementLabels.Long(v.Element).ToLowerInvariant()} is {v.Status.Id()} — {v.Reason}." + (question is null ? "" : " " + question));
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri(report.Source));
        w.WriteNumber("index", 0);
        w.WriteEndObject();
        if (r.Item.Source?.Line is { } line && line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("name", r.Item.Id);
        w.WriteString("kind", "object");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString("popathItemElement/v1", $"{r.Item.Id}:{v.Element.Id()}");
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("item", r.Item.Id);
        w.WriteNumber("rank", r.Item.Rank);
        w.WriteString("status", v.Status.Id());
        w.WriteNumber("score", r.Score);
        if (v.Evidence.Count > 0)
        {
            w.WriteString("evidence", v.Evidence[0].Text);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string? QuestionFor(Readiness r, ElementVerdict v)
    {
        // Questions are produced in element order for every non-present element.
        var i = r.Elements.Where(e => e.Status != ElementStatus.Present).ToList().IndexOf(v);
        return i >= 0 && i < r.Questions.Count ? r.Questions[i] : null;
    }

    private static string Uri(string source)
    {
        if (source == "-")
        {
            return "stdin";
        }

        return Path.IsPathRooted(source)
            ? new Uri(Path.GetFullPath(source)).AbsoluteUri
            : string.Join('/', source.Split('/', '\\').Select(System.Uri.EscapeDataString));
    }
}
