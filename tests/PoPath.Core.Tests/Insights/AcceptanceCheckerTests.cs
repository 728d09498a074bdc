using PoPath.Core.Insights.Acceptance;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Insights;

public sealed class AcceptanceCheckerTests
{
    private static AcceptanceReport Check(string? criteria, string? description = null)
    {
        var item = new BacklogItem { Id = "X-1", Rank = 1, Title = "Checkout by card", Description = description, AcceptanceCriteria = criteria };
        return new AcceptanceChecker().Check(ReadinessEngine.Default.Assess(item));
    }

    private static IEnumerable<string> Rules(AcceptanceReport r) => r.Flags.Select(f => f.Rule);

    [Fact]
    public void Reads_given_when_then_without_headers_with_the_gherkin_parser()
    {
        var r = Check("- Given a cart with two items\n- When I pay with a card\n- Then I see the order number\n\nScenario: declined\nGiven a card that is declined\nWhen I pay\nThen I see the error \"card declined\"");

        r.Criteria.Select(c => c.Form).ShouldBe(["scenario", "scenario"]);
        r.Criteria[0].Steps.ShouldBe(["Given a cart with two items", "When I pay with a card", "Then I see the order number"]);
        r.Criteria[0].Line.ShouldBe(1);
        r.Criteria[1].Line.ShouldBe(5);
        Rules(r).ShouldNotContain(AcceptanceRules.NoUnhappyPath);
        Rules(r).ShouldNotContain(AcceptanceRules.NoObservableResult);
    }

    [Fact]
    public void Flags_vague_adjectives_and_asks_what_they_mean()
    {
        var r = Check("- The page loads fast\n- The form is user-friendly\n- An invalid card shows an error");

        var vague = r.Flags.Where(f => f.Rule == AcceptanceRules.Vague).ToList();
        vague.Select(f => f.Criterion).ShouldBe([0, 1]);
        vague[0].Message.ShouldContain("\"fast\"");
        vague[1].Evidence.ShouldBe("The form is user-friendly");
        vague[0].Question.ShouldContain("\"fast\"");
    }

    [Fact]
    public void Flags_a_scenario_without_then_and_a_then_that_observes_nothing()
    {
        var noThen = Check("Given a cart\nWhen I pay with an invalid card");
        noThen.Flags.ShouldContain(f => f.Rule == AcceptanceRules.NoObservableResult && f.Message.Contains("no Then step"));

        var vagueThen = Check("Given a cart\nWhen I pay with an expired card\nThen it works");
        vagueThen.Flags.ShouldContain(f => f.Rule == AcceptanceRules.NoObservableResult && f.Message.Contains("it works"));
    }

    [Fact]
    public void Flags_missing_unhappy_paths_only_when_none_is_covered()
    {
        Rules(Check("- Order number shown after payment\n- Receipt e-mailed within a minute")).ShouldContain(AcceptanceRules.NoUnhappyPath);
        Rules(Check("- Order number shown after payment\n- A declined card shows the bank's reason")).ShouldNotContain(AcceptanceRules.NoUnhappyPath);
    }

    [Fact]
    public void Flags_criteria_that_never_touch_the_stated_outcome()
    {
        const string description = "Checkout drop-off should fall from 30% to 20% by Q3.";
        var untouched = Check("- The pay button is green\n- A declined card shows the reason", description);
        untouched.Outcome.ShouldNotBeNull();
        untouched.Flags.ShouldContain(f => f.Rule == AcceptanceRules.OutcomeNotTouched && f.Evidence == untouched.Outcome);

        var touched = Check("- Checkout drop-off is tracked per step in the dashboard\n- A declined card shows the reason", description);
        Rules(touched).ShouldNotContain(AcceptanceRules.OutcomeNotTouched);
    }

    [Fact]
    public void Says_when_no_outcome_is_stated_and_when_there_are_no_criteria()
    {
        Rules(Check("- A declined card shows the reason")).ShouldContain(AcceptanceRules.NoOutcomeStated);
        var none = Check(null, "Just do it.");
        none.Field.ShouldBeNull();
        Rules(none).ShouldBe([AcceptanceRules.None]);
        none.Questions.Single().ShouldContain("done");
    }

    [Fact]
    public void Finds_criteria_in_a_description_section()
    {
        var r = Check(null, "We need this.\n\nAcceptance criteria:\n- an invalid code shows an error\n- the code is applied to the total\n\nNotes:\nsee ticket");
        r.Field.ShouldBe(ItemFields.Description);
        r.Criteria.Select(c => c.Text).ShouldBe(["an invalid code shows an error", "the code is applied to the total"]);
    }

    [Fact]
    public void Reports_gherkin_that_does_not_parse_and_still_checks_the_lines()
    {
        var r = Check("Scenario: one\nGiven a cart\nScenario Outline: two\nGiven <n> items\nThen I see <n>\nExamples:\n| n |\n| 1 | 2 |");
        r.Flags.ShouldContain(f => f.Rule == AcceptanceRules.ParseError && f.Message.Contains("line "));
        r.Criteria.ShouldNotBeEmpty();
    }
}
