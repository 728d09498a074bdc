using PoPath.Core.Advisor;
using PoPath.Core.Model;
using PoPath.Core.Signals;

namespace PoPath.Core.Tests.Advisor;

/// <summary>Test data: profiles, gap profiles and signal readings.</summary>
internal static class Profiles
{
    public static Profile Some(
        string role = "product owner",
        double years = 2,
        ScrumKnowledge knowledge = ScrumKnowledge.Basics,
        LearningPreference preference = LearningPreference.Either,
        bool safe = false,
        string[]? certifications = null,
        string[]? aiNeeds = null,
        bool? users = true,
        bool? data = true,
        bool? commercial = true,
        bool? overridden = false,
        string[]? safeWork = null) =>
        new(role, years, knowledge, preference, 1, safe, safeWork ?? [], certifications ?? [], aiNeeds ?? [], new ProfileAccess(users, data, commercial), overridden);

    /// <summary>A gap profile over 20 items with the given number missing per element (the rest present).</summary>
    public static GapProfile Gaps(params (Element Element, int Missing)[] missing) =>
        new(20, 20, [.. ElementNames.All.Select(e => new ElementGap(e, 20 - missing.Where(m => m.Element == e).Sum(m => m.Missing), 0, missing.Where(m => m.Element == e).Sum(m => m.Missing)))]);

    public static SignalSummary Signal(string id, SignalBand band, double value = 0.6) => new(id, "Sprint 12", value, band);

    public static Advice Advise(Profile p, GapProfile? gaps = null, params SignalSummary[] signals) =>
        RouteAdvisor.Default.Advise(new AdviceInput(p, gaps, signals));

    public static IReadOnlyList<string> Ids(this Advice a) => [.. a.Route.Select(s => s.Id)];
}
