using PoPath.Core.Insights;

namespace PoPath.Core.Tests.Insights;

public sealed class ThemeFinderTests
{
    private static string Planted(string id) => id[..id.IndexOf('-', StringComparison.Ordinal)];

    [Fact]
    public void Recovers_three_planted_themes_when_k_is_three()
    {
        var entries = FeedbackSamples.All();
        var set = ThemeFinder.Find(entries, new ThemeOptions { K = 3 });

        set.Themes.Count.ShouldBe(3);
        foreach (var theme in set.Themes)
        {
            // Every theme is made of one planted group only.
            theme.EntryIds.Select(Planted).Distinct().Count().ShouldBe(1, string.Join(", ", theme.EntryIds));
            theme.Size.ShouldBe(12);
        }
    }

    [Fact]
    public void Chooses_three_themes_automatically_for_three_planted_groups()
    {
        var set = ThemeFinder.Find(FeedbackSamples.All());

        set.ChosenAutomatically.ShouldBeTrue();
        set.Themes.Count.ShouldBe(3, string.Join("; ", set.Candidates));
        set.Candidates.Max(c => c.Silhouette).ShouldBe(set.Candidates.Single(c => c.K == 3).Silhouette);
    }

    [Fact]
    public void Same_seed_gives_the_same_themes_and_another_seed_still_runs()
    {
        var entries = FeedbackSamples.All();
        var a = ThemeFinder.Find(entries, new ThemeOptions { K = 4, Seed = 7 });
        var b = ThemeFinder.Find(entries, new ThemeOptions { K = 4, Seed = 7 });

        b.Assignments.ShouldBe(a.Assignments);
        b.Themes.Select(t => t.Label).ShouldBe(a.Themes.Select(t => t.Label));
        b.Themes.SelectMany(t => t.Quotes).ShouldBe(a.Themes.SelectMany(t => t.Quotes));
        ThemeFinder.Find(entries, new ThemeOptions { K = 4, Seed = 8 }).Themes.Count.ShouldBe(4);
    }

    [Fact]
    public void Labels_a_theme_with_its_distinctive_terms()
    {
        var set = ThemeFinder.Find(FeedbackSamples.All(), new ThemeOptions { K = 3 });

        var labels = set.Themes.Select(t => string.Join(' ', t.Terms)).ToList();
        labels.ShouldContain(l => l.Contains("password", StringComparison.Ordinal));
        labels.ShouldContain(l => l.Contains("csv", StringComparison.Ordinal));
        labels.ShouldContain(l => l.Contains("currency", StringComparison.Ordinal) || l.Contains("invoice", StringComparison.Ordinal));
    }

    [Fact]
    public void Quotes_three_verbatim_entries_of_the_theme_with_their_ids()
    {
        var entries = FeedbackSamples.All();
        var byId = entries.ToDictionary(e => e.Id);
        var set = ThemeFinder.Find(entries, new ThemeOptions { K = 3 });

        foreach (var theme in set.Themes)
        {
            theme.Quotes.Count.ShouldBe(3);
            foreach (var q in theme.Quotes)
            {
                byId[q.EntryId].Text.ShouldBe(q.Text);
                theme.EntryIds.ShouldContain(q.EntryId);
            }
        }
    }

    [Fact]
    public void Links_themes_to_the_items_that_address_them_and_lists_the_rest()
    {
        var set = ThemeFinder.Find(FeedbackSamples.All(), new ThemeOptions { K = 3 }, FeedbackSamples.Backlog());

        var password = set.Themes.Single(t => t.EntryIds.All(id => id.StartsWith("pw-", StringComparison.Ordinal)));
        var csv = set.Themes.Single(t => t.EntryIds.All(id => id.StartsWith("csv-", StringComparison.Ordinal)));
        var currency = set.Themes.Single(t => t.EntryIds.All(id => id.StartsWith("cur-", StringComparison.Ordinal)));
        password.Items.Select(l => l.ItemId).ShouldBe(["B-1"]);
        password.Items[0].MatchedTerms.ShouldContain("password");
        csv.Items.Select(l => l.ItemId).ShouldBe(["B-2"]);
        currency.Items.ShouldBeEmpty();
        set.Unaddressed.ShouldBe([currency.Number]);
    }

    [Fact]
    public void Numbers_themes_by_size_and_assigns_every_entry()
    {
        var entries = FeedbackSamples.All().Take(30).ToList();
        var set = ThemeFinder.Find(entries, new ThemeOptions { K = 3 });

        set.Assignments.Count.ShouldBe(entries.Count);
        set.Themes.Select(t => t.Number).ShouldBe([1, 2, 3]);
        set.Themes.Select(t => t.Size).ShouldBeInOrder(SortDirection.Descending);
        set.Themes.Sum(t => t.Size).ShouldBe(entries.Count);
    }

    [Fact]
    public void Rejects_an_empty_set_too_many_entries_and_k_below_one()
    {
        Should.Throw<ArgumentException>(() => ThemeFinder.Find([]));
        Should.Throw<ArgumentException>(() => ThemeFinder.Find(FeedbackSamples.All(), new ThemeOptions { MaxEntries = 10 })).Message.ShouldContain("limit of 10");
        Should.Throw<ArgumentException>(() => ThemeFinder.Find(FeedbackSamples.All(), new ThemeOptions { K = 0 }));
        Should.Throw<ArgumentException>(() => ThemeFinder.Find(FeedbackSamples.All(), new ThemeOptions { Restarts = 0 })).Message.ShouldContain("restarts");
        Should.Throw<ArgumentException>(() => ThemeFinder.Find(FeedbackSamples.All(), new ThemeOptions { PowerIterations = 99 })).Message.ShouldContain("power iterations");
    }

    [Fact]
    public void Handles_a_single_entry_and_duplicates()
    {
        var one = ThemeFinder.Find([new FeedbackEntry { Id = "1", Text = "hello" }]);
        one.Themes.Count.ShouldBe(1);
        one.Themes[0].Quotes.Single().EntryId.ShouldBe("1");

        var same = Enumerable.Range(1, 6).Select(i => new FeedbackEntry { Id = $"d{i}", Text = "exactly the same words" }).ToList();
        var dup = ThemeFinder.Find(same, new ThemeOptions { K = 2 });
        dup.Assignments.Count.ShouldBe(6);
        dup.Themes.SelectMany(t => t.Quotes).Count().ShouldBeLessThanOrEqualTo(2);
    }
}
