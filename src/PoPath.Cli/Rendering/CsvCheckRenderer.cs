using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.Model;

namespace PoPath.Cli.Rendering;

/// <summary>One row per item with a status column per element; cells that a spreadsheet would run as formulas are neutralised.</summary>
internal sealed class CsvCheckRenderer : ICheckRenderer
{
    public void Render(CheckReport report, TextWriter output)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Imported text is untrusted: "=HYPERLINK(…)" and friends are prefixed with ' so they stay text.
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\n",
        };
        using var csv = new CsvWriter(output, config, leaveOpen: true);
        foreach (var h in new[] { "rank", "id", "title", "score" })
        {
            csv.WriteField(h);
        }

        foreach (var e in ElementNames.All)
        {
            csv.WriteField(e.Id());
        }

        csv.WriteField("evidence");
        csv.WriteField("questions");
        csv.WriteField("findings");
        csv.NextRecord();
        foreach (var r in report.Run.Items)
        {
            csv.WriteField(r.Item.Rank);
            csv.WriteField(r.Item.Id);
            csv.WriteField(r.Item.Title);
            csv.WriteField(r.Score);
            foreach (var v in r.Elements)
            {
                csv.WriteField(v.Status.Id());
            }

            csv.WriteField(string.Join(" | ", r.Elements.Where(v => v.Evidence.Count > 0)
                .Select(v => $"{v.Element.Id()}: {ElementLabels.Quote(v.Evidence[0].Text, 120)}")));
            csv.WriteField(string.Join(" | ", r.Questions));
            csv.WriteField(string.Join(" ", r.Findings.Select(f => f.Rule).Distinct()));
            csv.NextRecord();
        }
    }
}
