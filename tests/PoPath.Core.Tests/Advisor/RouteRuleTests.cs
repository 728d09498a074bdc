using PoPath.Core.Advisor;
using PoPath.Core.Model;
using PoPath.Core.Signals;
using static PoPath.Core.Tests.Advisor.Profiles;

namespace PoPath.Core.Tests.Advisor;

/// <summary>One test per rule of DESIGN §5 (docs/advisor.md names them).</summary>
public sealed class RouteRuleTests
{
    // Rule 1: no product-owner certification yet → CSPO or PSPO first.

    [Fact]
    public void Rule1_without_a_po_certification_the_route_starts_with_cspo_or_pspo()
    {
        var a = Advise(Some(certifications: []));
        a.Route[0].Id.ShouldBeOneOf("cspo", "pspo-1");
        a.Route[0].Why[0].ShouldContain("No Product Owner certification yet (certifications: none)");
    }

    [Fact]
    public void Rule1_guided_learners_start_with_cspo_and_pspo_is_for_later()
    {
        var a = Advise(Some(preference: LearningPreference.Guided, knowledge: ScrumKnowledge.Solid));
        a.Ids()[0].ShouldBe("cspo");
        a.Route[0].Why.ShouldContain(w => w.Contains("learning_preference: guided"));
        a.NotNow.Single(n => n.Id == "pspo-1").Why.ShouldContain("PSPO I later");
    }

    [Fact]
    public void Rule1_people_moving_in_from_business_analysis_start_with_cspo()
    {
        var a = Advise(Some(role: "business analyst", years: 3, knowledge: ScrumKnowledge.Basics, preference: LearningPreference.Either));
        a.Ids()[0].ShouldBe("cspo");
        a.Route[0].Why.ShouldContain(w => w.Contains("'business analyst' (role)"));
    }

    [Fact]
    public void Rule1_people_who_know_scrum_and_prefer_assessment_start_with_pspo()
    {
        var a = Advise(Some(knowledge: ScrumKnowledge.Basics, preference: LearningPreference.Assessment));
        a.Ids()[0].ShouldBe("pspo-1");
        a.Route[0].Why.ShouldContain(w => w.Contains("scrum_knowledge: basics") && w.Contains("learning_preference: assessment"));
        a.NotNow.ShouldContain(n => n.Id == "cspo");
    }

    [Fact]
    public void Rule1_assessment_without_scrum_basics_starts_with_cspo()
    {
        var a = Advise(Some(knowledge: ScrumKnowledge.None, preference: LearningPreference.Assessment));
        a.Ids()[0].ShouldBe("cspo");
        a.Route[0].Why.ShouldContain(w => w.Contains("PSPO I suits people who already know Scrum basics"));
    }

    [Fact]
    public void Rule1_a_held_po_certification_is_not_recommended_again_nor_its_sibling()
    {
        var a = Advise(Some(certifications: ["pspo-1"]));
        a.Ids().ShouldNotContain("pspo-1");
        a.Ids().ShouldNotContain("cspo");
    }

    // Rule 2: SAFe → POPM, as an addition; not in SAFe → not now.

    [Fact]
    public void Rule2_in_safe_popm_follows_the_role_basics_as_an_addition()
    {
        var a = Advise(Some(safe: true, safeWork: ["PI Planning"]));
        a.Ids().ShouldBe(["pspo-1", "safe-popm"], ignoreOrder: false, customMessage: string.Join(",", a.Ids()));
        a.Route[1].Why.ShouldContain(w => w.Contains("safe: true"));
        a.Route[1].Why.ShouldContain(w => w.Contains("PI Planning (safe_work)"));
        a.Route[1].Why.ShouldContain(w => w.Contains("As an addition"));
    }

    [Fact]
    public void Rule2_with_role_basics_held_popm_comes_before_another_team_level_course()
    {
        var a = Advise(Some(safe: true, certifications: ["cspo"], years: 3), Gaps((Element.CustomerNeed, 15)));
        a.Ids()[0].ShouldBe("safe-popm");
        a.Ids().ShouldNotContain("a-cspo");
        a.Route[0].Why.ShouldContain(w => w.Contains("more immediate value than another team-level PO course"));
        a.NotNow.Single(n => n.Id == "a-cspo").Why.ShouldContain("POPM gives more immediate value");
    }

    [Fact]
    public void Rule2_outside_safe_popm_is_not_now_because_not_working_in_safe()
    {
        var a = Advise(Some(safe: false));
        a.Ids().ShouldNotContain("safe-popm");
        a.NotNow.Single(n => n.Id == "safe-popm").Why.ShouldContain("not working in SAFe (safe: false)");
    }

    // Rule 3: AI product learning only on top of role clarity.

    [Fact]
    public void Rule3_ai_needs_add_pspo_ai_after_the_role_basics()
    {
        var a = Advise(Some(aiNeeds: ["feedback-clustering"]));
        a.Ids().ShouldBe(["pspo-1", "pspo-ai"], ignoreOrder: false);
        a.Route[1].Why.ShouldContain(w => w.Contains("feedback-clustering (ai_needs)"));
        a.Route[1].Why.ShouldContain(w => w.Contains("Only on top of role clarity"));
    }

    [Fact]
    public void Rule3_without_ai_needs_pspo_ai_is_not_now()
    {
        var a = Advise(Some(certifications: ["cspo"]));
        a.Ids().ShouldNotContain("pspo-ai");
        a.NotNow.Single(n => n.Id == "pspo-ai").Why.ShouldContain("no AI needs named");
    }

    // Rule 4: the learning gap picks the emphasis and, with basics held, the course.

    [Fact]
    public void Rule4_the_gap_picks_the_objectives_to_emphasise_and_is_cited_with_its_share()
    {
        var a = Advise(Some(preference: LearningPreference.Guided), Gaps((Element.CustomerNeed, 15), (Element.TradeOff, 4)));
        var step = a.Route[0];
        step.Id.ShouldBe("cspo");
        step.Emphasis.Select(o => o.Id).ShouldContain("cspo.customers-and-users");
        step.Why.ShouldContain(w => w.Contains("customer_need missing or weak in 15 of 20 top items (75%)"));
        a.Focus.Select(f => f.Element).ShouldBe([Element.CustomerNeed], customMessage: "trade_off at 20% is under the focus share");
    }

    [Fact]
    public void Rule4_with_basics_held_the_course_whose_objectives_cover_the_gap_comes_next()
    {
        var a = Advise(Some(certifications: ["cspo"], years: 2), Gaps((Element.ExpectedOutcome, 16), (Element.BusinessReason, 12)));
        a.Ids()[0].ShouldBe("a-cspo");
        a.Route[0].Why.ShouldContain(w => w.Contains("Prerequisites met"));
    }

    [Fact]
    public void Rule4_a_course_whose_prerequisites_are_not_met_is_not_yet_with_what_is_missing()
    {
        var a = Advise(Some(certifications: ["cspo"], years: 0.5), Gaps((Element.CustomerNeed, 15)));
        a.Ids().ShouldNotContain("a-cspo");
        a.NotNow.Single(n => n.Id == "a-cspo").Why.ShouldContain("12 months as Product Owner (years_as_po: 0.5)");
    }

    [Fact]
    public void Rule4_a_cspo_without_cspo_is_not_yet_and_names_both_prerequisites()
    {
        var a = Advise(Some(certifications: [], years: 0.5, preference: LearningPreference.Guided));
        var why = a.NotNow.Single(n => n.Id == "a-cspo").Why;
        why.ShouldContain("12 months as Product Owner");
        why.ShouldStartWith("Not yet");
    }

    // Rule 5: organisational blockers go to the manager, not to a course.

    [Fact]
    public void Rule5_overridden_priorities_are_a_decision_room_finding_and_not_a_course()
    {
        var a = Advise(Some(certifications: ["cspo"], years: 3, overridden: true), Gaps((Element.OrderingRationale, 18)));
        var f = a.Organisation.Single(o => o.Kind == "decision-room");
        f.Message.ShouldContain("No course repairs that");
        f.Evidence.ShouldContain(e => e.Kind == "profile" && e.Ref == "priorities_overridden");
        a.Ids().ShouldBeEmpty();
        a.NotNow.ShouldContain(n => n.Why.Contains("another course would not fix the gap in ordering_rationale"));
    }

    [Fact]
    public void Rule5_an_order_overrides_signal_in_concern_is_a_decision_room_finding()
    {
        var a = Advise(Some(overridden: false), null, Signal("order_overrides", SignalBand.Concern, 0.7));
        a.Organisation.Single(o => o.Kind == "decision-room").Evidence
            .ShouldContain(e => e.Kind == "signal" && e.Ref == "order_overrides/Sprint 12" && e.Text.Contains("0.70"));
        Advise(Some(overridden: false), null, Signal("order_overrides", SignalBand.Watch)).Organisation.ShouldBeEmpty();
    }

    [Fact]
    public void Rule5_no_access_is_an_access_finding_naming_each_missing_access()
    {
        var a = Advise(Some(users: false, data: true, commercial: false));
        var f = a.Organisation.Single(o => o.Kind == "access");
        f.Evidence.Select(e => e.Ref).ShouldBe(["access.users", "access.commercial"]);
        a.Route.ShouldAllBe(s => s.WillNotFix.Any(w => w.Contains("access")));
    }

    [Fact]
    public void Rule5_unanswered_access_is_no_finding()
    {
        Advise(Some(users: null, data: null, commercial: null, overridden: null)).Organisation.ShouldBeEmpty();
    }

    // Every step explains itself.

    [Fact]
    public void Every_step_says_why_and_what_it_will_not_fix()
    {
        var a = Advise(Some(safe: true, aiNeeds: ["research-summaries"], knowledge: ScrumKnowledge.None), Gaps((Element.TradeOff, 20)),
            Signal("decision_quality", SignalBand.Concern, 0.1));
        a.Route.Count.ShouldBe(3);
        foreach (var s in a.Route)
        {
            s.Why.ShouldNotBeEmpty(s.Id);
            s.WillNotFix.ShouldNotBeEmpty(s.Id);
            s.Why.ShouldContain(w => w.Contains("decision_quality is concern (0.10 in Sprint 12)"), s.Id);
        }
    }
}
