using System.Globalization;
using PoPath.Cli.Rendering;
using PoPath.Core.Advisor;
using PoPath.Core.Model;
using Spectre.Console;

using Profile = PoPath.Core.Advisor.Profile;

namespace PoPath.Cli.Advise;

/// <summary>The terminal view of the advice.</summary>
/// <remarks>Profile answers and backlog text go through <see cref="Text"/> renderables, never markup.</remarks>
internal static class AdviceTableRenderer
{
    public static void Render(AdviceReport r, TextWriter output, bool colour, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        var p = r.Profile;

        console.Write(new Rule("Learning route").LeftJustified());
        console.Write(new Text($"{p.Role}, {p.YearsAsPo.ToString(CultureInfo.InvariantCulture)} years as PO, Scrum: {Profile.Id(p.ScrumKnowledge)}, prefers {Profile.Id(p.LearningPreference)}, "
            + $"{(p.Safe ? "in SAFe" : "not in SAFe")}, holds: {(p.Certifications.Count == 0 ? "none" : string.Join(", ", p.Certifications))} ({AdviceReport.ShortSource(r.ProfileSource)})\n"));
        var route = new Table().Border(TableBorder.Rounded).Expand();
        route.AddColumn(new TableColumn("#").RightAligned());
        route.AddColumn("Step");
        route.AddColumn("Why");
        route.AddColumn("Will not fix");
        for (var i = 0; i < r.Advice.Route.Count; i++)
        {
            var s = r.Advice.Route[i];
            var why = s.Why.ToList();
            if (s.Emphasis.Count > 0)
            {
                why.Add("Emphasise: " + string.Join("; ", s.Emphasis.Select(o => o.Text)));
            }

            route.AddRow(new Text((i + 1).ToString(CultureInfo.InvariantCulture)), new Text($"{s.Id}\n{s.Name}"), Lines(why), Lines(s.WillNotFix));
        }

        if (r.Advice.Route.Count == 0)
        {
            route.AddRow(new Text(""), new Text("no course now"), new Text("Nothing in the answers or the backlog calls for one; see not now."), new Text(""));
        }

        console.Write(route);

        console.Write(new Rule("Not now").LeftJustified());
        var notNow = new Table().Border(TableBorder.Rounded).Expand();
        notNow.AddColumn("Id");
        notNow.AddColumn("Why not now");
        foreach (var n in r.Advice.NotNow)
        {
            notNow.AddRow(new Text(n.Id), new Text(n.Why));
        }

        console.Write(notNow);

        console.Write(new Rule("Asked of the organisation").LeftJustified());
        if (r.Advice.Organisation.Count == 0)
        {
            console.Write(new Text("Nothing in the answers points at the organisation.\n"));
        }

        foreach (var f in r.Advice.Organisation)
        {
            console.Write(new Text($"{f.Kind}: {f.Message}\n  evidence: {string.Join("; ", f.Evidence.Select(e => e.Text))}\n"));
        }

        if (r.Gap is { } g)
        {
            WriteGap(console, r, g);
        }

        if (r.Manager is { } m)
        {
            console.Write(new Rule("For the manager: what to look for").LeftJustified());
            var t = new Table().Border(TableBorder.Rounded).Expand();
            t.AddColumn("Signal");
            t.AddColumn("What to look for");
            t.AddColumn("Latest");
            foreach (var row in m.Signals)
            {
                t.AddRow(new Text(row.SignalId), new Text(row.LookFor), new Text(RouteAdvisorText.Reading(row.Reading)));
            }

            console.Write(t);
            var needs = new Table().Border(TableBorder.Rounded).Expand();
            needs.AddColumn("The organisation must provide");
            needs.AddColumn("Provided now");
            foreach (var n in m.Needs)
            {
                needs.AddRow(new Text(n.What), new Text($"{RouteAdvisorText.Provided(n.Provided)} ({n.Field})"));
            }

            console.Write(needs);
        }
    }

    private static void WriteGap(IAnsiConsole console, AdviceReport r, LearningGap g)
    {
        console.Write(new Rule($"Learning gap — top {g.Gaps.ItemsConsidered} items").LeftJustified());
        console.Write(new Text($"{AdviceReport.ShortSource(r.BacklogSource)}\n"));
        var t = new Table().Border(TableBorder.Rounded);
        t.AddColumn("Element");
        t.AddColumn(new TableColumn("Missing or weak").RightAligned());
        foreach (var e in g.Elements)
        {
            t.AddRow(new Text(e.Element.Id()), new Text(RouteAdvisorText.Share(e)));
        }

        console.Write(t);
        foreach (var x in g.Examples)
        {
            var lines = new List<string> { $"{x.ItemId}  {ElementLabels.Quote(x.Title, 80)} (rank {x.Rank.ToString(CultureInfo.InvariantCulture)}) — missing or weak: {string.Join(", ", x.Missing.Select(e => e.Id()))}" };
            lines.AddRange(x.Questions.Take(5).Select(q => "  ? " + q));
            console.Write(new Text(string.Join('\n', lines) + "\n"));
        }

        if (g.CourseId is { } course)
        {
            console.Write(new Text($"Objectives of {r.Catalogue.Get(course).Name} that address them:\n"
                + string.Join('\n', g.Objectives.Select(o => $"  • {o.Text} ({string.Join(", ", o.Addresses.Select(a => a.Id()))})")) + "\n"));
        }
    }

    private static Text Lines(IEnumerable<string> lines) => new(string.Join('\n', lines.Select(l => "• " + l)));

}
