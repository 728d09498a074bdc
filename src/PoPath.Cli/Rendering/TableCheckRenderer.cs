using System.Globalization;
using PoPath.Core.Import;
using PoPath.Core.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PoPath.Cli.Rendering;

/// <summary>The terminal view: the top items with a chip per element, their evidence and questions, and the gap profile.</summary>
/// <remarks>All item text goes through <see cref="Text"/> renderables, never markup, so imported text cannot inject styling.</remarks>
internal sealed class TableCheckRenderer(bool colour, int width) : ICheckRenderer
{
    public void Render(CheckReport report, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        var run = report.Run;
        var shown = run.Items.Take(report.Top).ToList();

        console.Write(new Rule($"The practical test — {Markup.Escape(Path.GetFileName(report.Source))}").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Score").RightAligned());
        foreach (var e in ElementNames.All)
        {
            table.AddColumn(new TableColumn(ElementLabels.Short(e)).Centered());
        }

        foreach (var r in shown)
        {
            var cells = new List<IRenderable>
            {
                new Text(r.Item.Rank.ToString(CultureInfo.InvariantCulture)),
                new Text($"{r.Item.Id}  {ElementLabels.Quote(r.Item.Title, 60)}"),
                new Text(r.Score.ToString(CultureInfo.InvariantCulture)),
            };
            cells.AddRange(r.Elements.Select(v => (IRenderable)new Text(ElementLabels.Symbol(v.Status), new Style(colour ? Color(v.Status) : Spectre.Console.Color.Default))));
            table.AddRow(cells);
        }

        console.Write(table);
        console.Write(new Text("✔ present   ~ weak   ✘ missing", new Style(decoration: Decoration.Dim)));
        console.WriteLine();
        if (run.Items.Count > shown.Count)
        {
            console.Write(new Text($"Showing the top {shown.Count} of {run.Items.Count} items by rank; --top N shows more, --output json lists all."));
            console.WriteLine();
        }

        console.WriteLine();
        foreach (var r in shown)
        {
            WriteItem(console, r);
        }

        WriteGaps(console, report);
    }

    private void WriteItem(IAnsiConsole console, Readiness r)
    {
        console.Write(new Text($"{r.Item.Rank}. {r.Item.Id} — {ElementLabels.Quote(r.Item.Title, 100)} (score {r.Score})", new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        // Left 2 indents under the heading; right 2 as Spectre gives columns by default (PadLeft alone left "Trade-off" touching its status).
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 2, 0)).AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var v in r.Elements)
        {
            var status = new Text($"{ElementLabels.Symbol(v.Status)} {v.Status.Id()}", new Style(colour ? Color(v.Status) : Spectre.Console.Color.Default));
            IRenderable detail = v.Evidence.Count == 0
                ? new Text(v.Reason, new Style(decoration: Decoration.Dim))
                : new Rows(v.Evidence.Select(e => (IRenderable)new Text($"“{ElementLabels.Quote(e.Text, 110)}” ({ElementLabels.Where(e)})")));
            grid.AddRow(new Text(ElementLabels.Short(v.Element)), status, detail);
        }

        console.Write(grid);
        // A grid keeps wrapped lines indented under their text.
        if (r.Questions.Count > 0 || r.Findings.Count > 0)
        {
            var notes = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
            foreach (var q in r.Questions)
            {
                notes.AddRow(new Text("?"), new Text(q));
            }

            foreach (var f in r.Findings)
            {
                notes.AddRow(new Text("·", new Style(decoration: Decoration.Dim)), new Text($"story form {f.Rule}: {f.Message}", new Style(decoration: Decoration.Dim)));
            }

            console.Write(notes);
        }

        console.WriteLine();
    }

    private static void WriteGaps(IAnsiConsole console, CheckReport report)
    {
        var run = report.Run;
        console.Write(new Rule($"Gap profile — top {run.Gaps.ItemsConsidered} items by rank").LeftJustified());
        var gaps = new Table().Border(TableBorder.Rounded);
        gaps.AddColumn("Element");
        gaps.AddColumn(new TableColumn("Present").RightAligned());
        gaps.AddColumn(new TableColumn("Weak").RightAligned());
        gaps.AddColumn(new TableColumn("Missing").RightAligned());
        gaps.AddColumn(new TableColumn("Gap").RightAligned());
        gaps.AddColumn("");
        foreach (var g in run.Gaps.Elements)
        {
            var bar = new string('█', (int)Math.Round(g.GapShare * 20)) + new string('·', 20 - (int)Math.Round(g.GapShare * 20));
            gaps.AddRow(new Text(ElementLabels.Long(g.Element)), new Text(g.Present.ToString(CultureInfo.InvariantCulture)),
                new Text(g.Weak.ToString(CultureInfo.InvariantCulture)), new Text(g.Missing.ToString(CultureInfo.InvariantCulture)),
                new Text(g.GapShare.ToString("P0", CultureInfo.InvariantCulture)), new Text(bar));
        }

        console.Write(gaps);
        var s = run.Summary;
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"{Plural(s.Items, "item")} · average score {s.AverageScore:0.0} · top {run.Gaps.ItemsConsidered} average {s.TopAverageScore:0.0} · {s.Passing} {(s.Passing == 1 ? "passes" : "pass")} the practical test")));
        console.WriteLine();
        var warnings = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (warnings > 0)
        {
            console.Write(new Text($"{warnings} warning(s) while reading {Path.GetFileName(report.Source)} (printed on stderr)."));
            console.WriteLine();
        }
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static Color Color(ElementStatus s) => s switch
    {
        ElementStatus.Present => Spectre.Console.Color.Green,
        ElementStatus.Weak => Spectre.Console.Color.Yellow,
        _ => Spectre.Console.Color.Red,
    };
}
