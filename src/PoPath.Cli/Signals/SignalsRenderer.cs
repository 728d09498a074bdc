using System.Globalization;
using PoPath.Cli.Rendering;
using PoPath.Cli.Storage;
using PoPath.Core.Signals;
using Spectre.Console;

namespace PoPath.Cli.Signals;

/// <summary>Prints a signals result as a table (a sparkline per signal, then the findings), Markdown or JSON.</summary>
internal static class SignalsRenderer
{
    /// <summary>How many periods a sparkline shows (the latest ones).</summary>
    public const int SparkWidth = 24;

    public static void Write(CliEnvironment env, StoreOutput output, SignalsInput input, SignalResult result)
    {
        switch (output)
        {
            case StoreOutput.Json:
                env.Out.WriteLine(SignalsJson.Write(input, result));
                break;
            case StoreOutput.Markdown:
                WriteMarkdown(env.Out, input, result);
                break;
            default:
                WriteTable(env, input, result);
                break;
        }

        env.Out.Flush();
    }

    public static string Value(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    public static string Owner(ProductOwner po) => po.Name is null ? $"unknown ({po.Basis})" : $"{po.Name} ({po.Basis})";

    private static string Periods(SignalResult r)
    {
        var kind = r.PeriodKind == PeriodKind.Sprint ? "sprint" : "month";
        return r.Periods.Count == 0 ? $"no {kind}s to measure"
            : string.Create(CultureInfo.InvariantCulture, $"{r.Periods.Count} {kind}{(r.Periods.Count == 1 ? "" : "s")}, {r.Periods[0].Name} … {r.Periods[^1].Name}{(r.Periods.Count > SparkWidth ? $" (trend shows the last {SparkWidth})" : "")}");
    }

    private static void WriteTable(CliEnvironment env, SignalsInput input, SignalResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(env.Out),
            ColorSystem = env.StdoutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = env.Width;
        console.WriteLine($"Signals for {input.Source}");
        console.WriteLine($"Product owner: {Owner(result.ProductOwner)}");
        console.WriteLine($"Periods: {Periods(result)}");
        var table = new Table { Border = TableBorder.Simple };
        foreach (var h in new[] { "Signal", "Trend", "Latest", "Value", "Band", "Evidence", "Note" })
        {
            table.AddColumn(h is "Note" ? new TableColumn(h) : new TableColumn(h).NoWrap());
        }

        foreach (var s in result.Signals)
        {
            var latest = s.Latest;
            table.AddRow(
                Markup.Escape(s.Id),
                Markup.Escape(Sparkline.Of(s.Values.Select(v => v.Value), SparkWidth)),
                Markup.Escape(latest?.Period ?? "-"),
                Value(latest?.Value),
                Band(latest?.Band ?? SignalBand.None, env.StdoutIsTerminal),
                (latest?.EvidenceTotal ?? 0).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(s.Error ?? latest?.Note ?? ""));
        }

        console.Write(table);
        if (result.Findings.Count == 0)
        {
            console.WriteLine("No organisational finding.");
        }

        foreach (var f in result.Findings)
        {
            console.WriteLine();
            console.Write(new Rule(Markup.Escape($"Finding: {f.Kind}")) { Justification = Justify.Left });
            console.WriteLine(f.Message);
            foreach (var e in f.Evidence.Take(8))
            {
                console.WriteLine($"  - {e.Kind} {e.Ref}: {e.Text}");
            }

            if (f.Evidence.Count > 8)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {f.Evidence.Count - 8} more (see --output json)"));
            }
        }

        foreach (var p in result.Problems)
        {
            env.Error.WriteLine("popath: " + p);
        }
    }

    private static string Band(SignalBand band, bool colour)
    {
        var name = SignalsJson.BandName(band);
        if (!colour)
        {
            return name;
        }

        return band switch
        {
            SignalBand.Healthy => $"[green]{name}[/]",
            SignalBand.Watch => $"[yellow]{name}[/]",
            SignalBand.Concern => $"[red]{name}[/]",
            _ => $"[grey]{name}[/]",
        };
    }

    private static void WriteMarkdown(TextWriter w, SignalsInput input, SignalResult result)
    {
        w.WriteLine($"# Signals for {MarkdownText.Escape(input.Source)}");
        w.WriteLine();
        w.WriteLine($"Product owner: {MarkdownText.Escape(Owner(result.ProductOwner))}  ");
        w.WriteLine($"Periods: {MarkdownText.Escape(Periods(result))}");
        w.WriteLine();
        w.WriteLine("| Signal | Trend | Latest | Value | Band | Evidence | Note |");
        w.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in result.Signals)
        {
            var l = s.Latest;
            w.WriteLine($"| {MarkdownText.Escape(s.Id)} | {Sparkline.Of(s.Values.Select(v => v.Value), SparkWidth)} | {MarkdownText.Escape(l?.Period ?? "-")} | {Value(l?.Value)} | {SignalsJson.BandName(l?.Band ?? SignalBand.None)} | {(l?.EvidenceTotal ?? 0).ToString(CultureInfo.InvariantCulture)} | {MarkdownText.Escape(s.Error ?? l?.Note ?? "")} |");
        }

        w.WriteLine();
        w.WriteLine("## Findings");
        w.WriteLine();
        if (result.Findings.Count == 0)
        {
            w.WriteLine("No organisational finding.");
        }

        foreach (var f in result.Findings)
        {
            w.WriteLine($"### {MarkdownText.Escape(f.Kind)}");
            w.WriteLine();
            w.WriteLine(MarkdownText.Escape(f.Message));
            w.WriteLine();
            foreach (var e in f.Evidence)
            {
                w.WriteLine($"- {MarkdownText.Escape(e.Kind)} {MarkdownText.Escape(e.Ref)}: {MarkdownText.Escape(e.Text)}");
            }

            w.WriteLine();
        }
    }
}
