using PoPath.Core.Insights;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;

namespace PoPath.Core.Tests.Insights;

public sealed class OptionDrafterTests
{
    private static (ThemeSet Set, List<FeedbackEntry> Entries) Themes(bool withBacklog)
    {
        var entries = FeedbackSamples.All().Select((e, i) => e with { Segment = i / 3 % 3 == 0 ? "SMB" : "Enterprise" }).ToList();
        return (ThemeFinder.Find(entries, new ThemeOptions { K = 3 }, withBacklog ? FeedbackSamples.Backlog() : null), entries);
    }

    private static Theme ThemeOf(ThemeSet set, string prefix) => set.Themes.Single(t => t.EntryIds[0].StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Drafts_different_approaches_each_carrying_the_feedback_that_motivates_it()
    {
        var (set, entries) = Themes(withBacklog: true);
        var theme = ThemeOf(set, "pw-");
        var options = OptionDrafter.ForTheme(set, entries, theme.Number);

        options.Select(o => o.Kind).ShouldBe(["slice", "whole", "extend"]);
        options.ShouldAllBe(o => o.FeedbackIds.Count > 0 && o.FeedbackIds.All(id => theme.EntryIds.Contains(id)));
        options[0].FeedbackIds.Count.ShouldBeLessThan(theme.Size);
        options[1].FeedbackIds.Count.ShouldBe(theme.Size);
        options[2].ItemIds.ShouldBe(["B-1"]);
    }

    [Fact]
    public void Answers_only_what_the_evidence_allows_and_leaves_the_rest_empty()
    {
        var (set, entries) = Themes(withBacklog: false);
        var theme = ThemeOf(set, "cur-");
        var options = OptionDrafter.ForTheme(set, entries, theme.Number);

        options.Select(o => o.Kind).ShouldContain("segment");
        foreach (var o in options)
        {
            o.Answers.Single(a => a.Element == Element.BusinessReason).Text.ShouldBeNull();
            o.Answers.Single(a => a.Element == Element.ExpectedOutcome).Text.ShouldBeNull();
            var need = o.Answers.Single(a => a.Element == Element.CustomerNeed).Text!;
            need.ShouldStartWith($"{o.FeedbackIds.Count} feedback entries report it");
            entries.ShouldContain(e => need.Contains($"\"{e.Text}\" ({e.Id})", StringComparison.Ordinal));
        }

        options.Single(o => o.Kind == "whole").Answers.Single(a => a.Element == Element.TradeOff).Text.ShouldBeNull();
    }

    [Fact]
    public void Picks_the_theme_of_a_goal_and_refuses_an_unknown_theme_or_goal()
    {
        var (set, entries) = Themes(withBacklog: false);
        var options = OptionDrafter.ForGoal(set, entries, "Invoices in the customer's own currency");
        options.ShouldAllBe(o => o.FeedbackIds.All(id => id.StartsWith("cur-", StringComparison.Ordinal)));
        Should.Throw<ArgumentException>(() => OptionDrafter.ForTheme(set, entries, 9)).Message.ShouldContain("no theme 9");
        Should.Throw<ArgumentException>(() => OptionDrafter.ForGoal(set, entries, "zebra xylophone"));
    }
}
