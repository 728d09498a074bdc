using System.Globalization;
using PoPath.Cli.Rendering;
using PoPath.Core.Advisor;
using PoPath.Core.Model;

namespace PoPath.Cli.Advise;

/// <summary>The one-page plan a PO can hand to their manager: route with reasons, what waits, what the organisation is asked for, the gap.</summary>
/// <remarks>Profile answers and backlog text are untrusted: they go through <see cref="MarkdownText.Escape"/>.</remarks>
internal static class AdviceMarkdownRenderer
{
    public static void Render(AdviceReport r, TextWriter o)
    {
        var p = r.Profile;
        o.Write($"# Learning plan — {E(p.Role)}\n\n");
        o.Write($"{E(p.Role)}, {Years(p.YearsAsPo)} as Product Owner; Scrum knowledge: {Profile.Id(p.ScrumKnowledge)}; prefers: {Profile.Id(p.LearningPreference)} learning; ");
        o.Write($"{(p.Safe ? "works in SAFe" : "not in SAFe")}; holds: {(p.Certifications.Count == 0 ? "no certification" : string.Join(", ", p.Certifications.Select(Code)))}. ");
        o.Write($"Profile: {E(AdviceReport.ShortSource(r.ProfileSource) ?? "")}.\n\n");

        o.Write("## Route\n\n");
        if (r.Advice.Route.Count == 0)
        {
            o.Write("No course now: nothing in the answers or the backlog calls for one (see below for what is not for now and why).\n\n");
        }

        for (var i = 0; i < r.Advice.Route.Count; i++)
        {
            var s = r.Advice.Route[i];
            o.Write($"{i + 1}. **{E(s.Name)}** ({Code(s.Id)})\n");
            foreach (var w in s.Why)
            {
                o.Write($"   - Why: {E(w)}\n");
            }

            if (s.Emphasis.Count > 0)
            {
                o.Write($"   - Emphasise: {string.Join("; ", s.Emphasis.Select(x => $"{E(x.Text)} ({string.Join(", ", x.Addresses.Select(a => Code(a.Id())))})"))}\n");
            }

            foreach (var w in s.WillNotFix)
            {
                o.Write($"   - Will not fix: {E(w)}\n");
            }
        }

        o.Write("\n## Not now\n\n");
        foreach (var n in r.Advice.NotNow)
        {
            o.Write($"- {Code(n.Id)}: {E(n.Why)}\n");
        }

        if (r.Advice.NotNow.Count == 0)
        {
            o.Write("- Nothing set aside.\n");
        }

        o.Write("\n## What is asked of the organisation\n\n");
        foreach (var f in r.Advice.Organisation)
        {
            o.Write($"- **{E(f.Kind)}**: {E(f.Message)} Evidence: {string.Join("; ", f.Evidence.Select(e => E(e.Text)))}.\n");
        }

        if (r.Advice.Organisation.Count == 0)
        {
            o.Write("- Nothing in the answers points at the organisation.\n");
        }

        if (r.Gap is { } g)
        {
            WriteGap(r, g, o);
        }

        if (r.Manager is { } m)
        {
            o.Write("\n## For the manager: what to look for\n\n| signal | what to look for | latest |\n|---|---|---|\n");
            foreach (var row in m.Signals)
            {
                o.Write($"| {Code(row.SignalId)} | {E(row.LookFor)} | {E(RouteAdvisorText.Reading(row.Reading))} |\n");
            }

            o.Write("\n### What the organisation must provide\n\n| need | provided now |\n|---|---|\n");
            foreach (var n in m.Needs)
            {
                o.Write($"| {E(n.What)} | {E(RouteAdvisorText.Provided(n.Provided))} ({Code(n.Field)}) |\n");
            }
        }
    }

    private static void WriteGap(AdviceReport r, LearningGap g, TextWriter o)
    {
        o.Write($"\n## The learning gap — top {g.Gaps.ItemsConsidered} items of {E(AdviceReport.ShortSource(r.BacklogSource) ?? "the backlog")}\n\n");
        if (g.Elements.Count == 0)
        {
            o.Write("Every element is present in the top items.\n");
            return;
        }

        o.Write("| element | missing or weak |\n|---|---|\n");
        foreach (var e in g.Elements)
        {
            o.Write($"| {Code(e.Element.Id())} | {RouteAdvisorText.Share(e)} |\n");
        }

        if (g.Examples.Count > 0)
        {
            o.Write("\nFrom your own items:\n\n");
            foreach (var x in g.Examples)
            {
                o.Write($"- **{E(x.ItemId)}** {E(x.Title)} (rank {x.Rank.ToString(CultureInfo.InvariantCulture)}) — missing or weak: {string.Join(", ", x.Missing.Select(e => Code(e.Id())))}\n");
                foreach (var q in x.Questions.Take(5))
                {
                    o.Write($"  - {E(q)}\n");
                }
            }
        }

        if (g.CourseId is { } course)
        {
            o.Write($"\nLearning objectives of {E(r.Catalogue.Get(course).Name)} that address them:\n\n");
            foreach (var obj in g.Objectives)
            {
                o.Write($"- {E(obj.Text)} ({string.Join(", ", obj.Addresses.Where(a => g.Elements.Any(e => e.Element == a)).Select(a => Code(a.Id())))})\n");
            }
        }
    }

    private static string Years(double y) => y == 1 ? "1 year" : $"{y.ToString(CultureInfo.InvariantCulture)} years";

    private static string E(string s) => MarkdownText.Escape(s);

    private static string Code(string id) => $"`{id.Replace("`", "", StringComparison.Ordinal)}`";
}
