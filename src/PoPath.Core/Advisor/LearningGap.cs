using PoPath.Core.Catalogue;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Advisor;

/// <summary>The learning gap read from a backlog: the most-missing elements, three of the PO's items as examples, and the objectives of the recommended course that address them.</summary>
/// <param name="Gaps">The gap profile over the top items.</param>
/// <param name="Elements">Every element with a gap, most missing or weak first.</param>
/// <param name="CourseId">The route step whose objectives are listed (the first step addressing the gap); null when none does.</param>
public sealed record LearningGap(GapProfile Gaps, IReadOnlyList<ElementGap> Elements, IReadOnlyList<GapExample> Examples, string? CourseId, IReadOnlyList<LearningObjective> Objectives)
{
    public const int ExampleCount = 3;

    /// <summary>Builds the section from a check run and the advice given for it.</summary>
    public static LearningGap From(CheckRun run, Advice advice)
    {
        var gaps = run.Gaps;
        var elements = gaps.Elements.Where(g => g.GapShare > 0).OrderByDescending(g => g.GapShare).ThenByDescending(g => g.MissingShare).ThenBy(g => g.Element).ToList();
        var focus = advice.Focus.Count > 0 ? advice.Focus.Select(f => f.Element).ToList() : elements.Take(RouteAdvisor.FocusCount).Select(g => g.Element).ToList();
        var top = run.Items.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal).Take(gaps.Top);
        var examples = top
            .Select(r => (Readiness: r, Missing: focus.Where(e => r.Of(e).Status != ElementStatus.Present).ToList()))
            .Where(x => x.Missing.Count > 0)
            .OrderByDescending(x => x.Missing.Count)
            .ThenBy(x => x.Readiness.Item.Rank)
            .ThenBy(x => x.Readiness.Item.Id, StringComparer.Ordinal)
            .Take(ExampleCount)
            .Select(x => new GapExample(x.Readiness.Item.Id, x.Readiness.Item.Title, x.Readiness.Item.Rank, x.Missing, x.Readiness.Questions))
            .ToList();
        var step = advice.Route.FirstOrDefault(s => s.Emphasis.Count > 0);
        return new LearningGap(gaps, elements, examples, step?.Id, step?.Emphasis ?? []);
    }
}
