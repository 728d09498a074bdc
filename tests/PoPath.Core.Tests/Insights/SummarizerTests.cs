using PoPath.Core.Insights;

namespace PoPath.Core.Tests.Insights;

public sealed class SummarizerTests
{
    private static List<FeedbackEntry> Unbalanced()
    {
        // 24 password comments (two copies each, one of them with a second sentence), 12 csv, 12 currency.
        var list = new List<FeedbackEntry>();
        for (var i = 0; i < 12; i++)
        {
            list.Add(new FeedbackEntry { Id = $"pw-{i + 1}", Text = FeedbackSamples.Password[i] + ". It happened again today!" });
            list.Add(new FeedbackEntry { Id = $"pw-{i + 13}", Text = FeedbackSamples.Password[i] });
            list.Add(new FeedbackEntry { Id = $"csv-{i + 1}", Text = FeedbackSamples.Export[i] });
            list.Add(new FeedbackEntry { Id = $"cur-{i + 1}", Text = FeedbackSamples.Currency[i] });
        }

        return list;
    }

    [Fact]
    public void Every_sentence_is_a_verbatim_quote_of_the_entry_it_names()
    {
        var entries = Unbalanced();
        var byId = entries.ToDictionary(e => e.Id);
        var summary = Summarizer.Summarize(entries, new SummaryOptions { Sentences = 8, Themes = new ThemeOptions { K = 3 } });

        summary.Sentences.Count.ShouldBe(8);
        foreach (var s in summary.Sentences)
        {
            byId[s.EntryId].Text[s.Start..s.End].ShouldBe(s.Text);
        }
    }

    [Fact]
    public void Gives_themes_sentences_in_proportion_to_their_size()
    {
        var summary = Summarizer.Summarize(Unbalanced(), new SummaryOptions { Sentences = 4, Themes = new ThemeOptions { K = 3 } });

        // 24 / 12 / 12 of 48 entries → 2 / 1 / 1 of 4 sentences.
        summary.Coverage.Select(c => (c.Size, c.Sentences)).ShouldBe([(24, 2), (12, 1), (12, 1)]);
        summary.Sentences.GroupBy(s => s.Theme).Select(g => g.Count()).Order().ShouldBe([1, 1, 2]);
    }

    [Fact]
    public void Does_not_quote_the_same_or_a_near_identical_sentence_twice()
    {
        var options = new SummaryOptions { Sentences = 10, Themes = new ThemeOptions { K = 3 } };
        var summary = Summarizer.Summarize(Unbalanced(), options);

        summary.Sentences.Select(s => s.Text.ToLowerInvariant()).Distinct().Count().ShouldBe(summary.Sentences.Count);
        summary.Sentences.Count(s => s.Text == "It happened again today!").ShouldBeLessThanOrEqualTo(1);
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        for (var a = 0; a < texts.Count; a++)
        {
            for (var b = a + 1; b < texts.Count; b++)
            {
                SharedWords(texts[a], texts[b]).ShouldBeLessThan(0.75, $"«{texts[a]}» vs «{texts[b]}»");
            }
        }
    }

    [Fact]
    public void Quotas_follow_the_largest_remainder()
    {
        var themes = new[] { Theme(1, 50), Theme(2, 30), Theme(3, 20) };
        Summarizer.Quotas(themes, 100, 4).ShouldBe(new Dictionary<int, int> { [1] = 2, [2] = 1, [3] = 1 });
        Summarizer.Quotas(themes, 100, 1).ShouldBe(new Dictionary<int, int> { [1] = 1, [2] = 0, [3] = 0 });
    }

    [Fact]
    public void Splits_sentences_at_end_marks_and_line_breaks()
    {
        const string text = "First one. Second one!\nThird line? last";
        Summarizer.Split(text).Select(s => text[s.Start..s.End]).ShouldBe(["First one.", "Second one!", "Third line?", "last"]);
    }

    private static Theme Theme(int n, int size) => new(n, $"t{n}", [], size, [], [], []);

    private static double SharedWords(string a, string b)
    {
        var wa = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var wb = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return (double)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }
}
