using CsCheck;
using PoPath.Core.Advisor;
using PoPath.Core.Catalogue;
using PoPath.Core.Model;
using PoPath.Core.Signals;

namespace PoPath.Core.Tests.Advisor;

/// <summary>Invariants of the route over random profiles, gaps and signals.</summary>
public sealed class RoutePropertyTests
{
    private static readonly Core.Catalogue.Catalogue Catalogue = Core.Catalogue.Catalogue.Default;

    private static readonly string[] Ids = [.. Catalogue.Entries.Select(e => e.Id)];

    private static readonly Gen<bool?> MaybeBool = Gen.OneOf<bool?>(true, false, null);

    private static readonly Gen<Profile> Profile =
        from role in Gen.OneOf("product owner", "business analyst", "project manager", "scrum master", "product manager", "developer")
        from years in Gen.Int[0, 120]
        from knowledge in Gen.Enum<ScrumKnowledge>()
        from preference in Gen.Enum<LearningPreference>()
        from safe in Gen.Bool
        from certs in Gen.Int[0, Ids.Length - 1].Array[0, 4]
        from ai in Gen.OneOf("research-summaries", "feedback-clustering", "acceptance-checks").Array[0, 2]
        from users in MaybeBool
        from data in MaybeBool
        from commercial in MaybeBool
        from overridden in MaybeBool
        select new Profile(role, years / 12.0, knowledge, preference, 1, safe, safe ? ["PI Planning"] : [], [.. certs.Select(i => Ids[i]).Distinct()],
            [.. ai.Distinct()], new ProfileAccess(users, data, commercial), overridden);

    private static readonly Gen<GapProfile?> Gaps =
        Gen.Select(Gen.Int[0, 20].Array[6], Gen.Int[0, 9], (missing, none) =>
            none < 3 ? null : new GapProfile(20, 20, [.. ElementNames.All.Select((e, i) => new ElementGap(e, 20 - missing[i], 0, missing[i]))]));

    private static readonly Gen<SignalSummary[]> Signals =
        Gen.Select(Gen.OneOf("order_overrides", "outcome_talk", "decision_quality", "random_demand"), Gen.Enum<SignalBand>(), Gen.Double[0, 1],
            (id, band, v) => new SignalSummary(id, "Sprint 1", v, band)).Array[0, 3];

    private static readonly Gen<(Profile Profile, GapProfile? Gaps, SignalSummary[] Signals)> Inputs = Gen.Select(Profile, Gaps, Signals);

    private static void ForAll(Action<Profile, Advice> check) =>
        Inputs.Sample(x =>
        {
            var advice = RouteAdvisor.Default.Advise(new AdviceInput(x.Profile, x.Gaps, x.Signals));
            check(x.Profile, advice);
        }, iter: 500);

    [Fact]
    public void Never_recommends_a_certification_already_held()
    {
        ForAll((p, a) =>
        {
            var held = RouteAdvisor.Default.Held(p);
            a.Route.ShouldAllBe(s => !held.Contains(s.Id) && !p.Certifications.Contains(s.Id));
            a.Route.Select(s => s.Id).ShouldBeUnique();
        });
    }

    [Fact]
    public void Prerequisites_are_held_or_earlier_in_the_route()
    {
        ForAll((p, a) =>
        {
            var before = RouteAdvisor.Default.Held(p).ToHashSet();
            foreach (var s in a.Route)
            {
                var e = Catalogue.Get(s.Id);
                e.Requires.ShouldAllBe(r => before.Contains(r));
                p.MonthsAsPo.ShouldBeGreaterThanOrEqualTo(e.RequiresPoMonths);
                before.Add(s.Id);
            }
        });
    }

    [Fact]
    public void No_ai_course_ahead_of_role_basics_for_someone_without_any()
    {
        ForAll((p, a) =>
        {
            var basics = RouteAdvisor.Default.Held(p).Any(IsBasics);
            foreach (var s in a.Route)
            {
                if (Catalogue.Get(s.Id).Category == CatalogueCategory.Ai)
                {
                    basics.ShouldBeTrue($"{s.Id} ahead of role basics");
                }

                basics |= IsBasics(s.Id);
            }
        });
    }

    [Fact]
    public void Popm_only_for_people_in_safe()
    {
        ForAll((p, a) =>
        {
            if (!p.Safe)
            {
                a.Route.ShouldAllBe(s => !Catalogue.Get(s.Id).SafeOnly);
            }
        });
    }

    [Fact]
    public void Without_role_basics_the_first_step_is_cspo_or_pspo()
    {
        ForAll((p, a) =>
        {
            if (!RouteAdvisor.Default.Held(p).Any(IsBasics))
            {
                a.Route[0].Id.ShouldBeOneOf("cspo", "pspo-1");
            }
        });
    }

    [Fact]
    public void Every_step_and_not_now_entry_explains_itself_with_catalogue_ids()
    {
        ForAll((p, a) =>
        {
            a.Route.ShouldAllBe(s => s.Why.Count > 0 && s.WillNotFix.Count > 0);
            a.NotNow.ShouldAllBe(n => Catalogue.Find(n.Id) != null && n.Why.Length > 0);
            a.NotNow.ShouldAllBe(n => a.Route.All(s => s.Id != n.Id));
        });
    }

    private static bool IsBasics(string id) => Catalogue.Get(id).Category is CatalogueCategory.PoBasics or CatalogueCategory.PoAdvanced;
}
