using PoPath.Core.Insights.Generative;

namespace PoPath.Core.Tests.Insights.Generative;

public sealed class ReplySplitterTests
{
    [Fact]
    public void Citations_before_or_after_the_full_stop_belong_to_that_sentence()
    {
        var s = ReplySplitter.Split("Checkout is slow [F1]. PayPal fails. [F2] Prices need local currency [F3][F4].");

        s.Select(x => x.Text).ShouldBe(["Checkout is slow.", "PayPal fails.", "Prices need local currency."]);
        s.Select(x => string.Join(",", x.CitedIds)).ShouldBe(["F1", "F2", "F3,F4"]);
    }

    [Fact]
    public void A_citation_before_a_capital_letter_closes_the_sentence_without_a_full_stop()
    {
        var s = ReplySplitter.Split("Checkout is slow [F1] PayPal fails [F2] and orders drop [F3]");

        s.Select(x => x.Text).ShouldBe(["Checkout is slow", "PayPal fails and orders drop"]);
        s[1].CitedIds.ShouldBe(["F2", "F3"]);
    }

    [Fact]
    public void Comma_separated_ids_and_repeats_are_read_once_each()
    {
        ReplySplitter.Split("Both mention it [F1, F2; F3] [F1].")[0].CitedIds.ShouldBe(["F1", "F2", "F3"]);
    }

    [Fact]
    public void Line_breaks_end_sentences_and_markdown_markers_are_dropped()
    {
        var s = ReplySplitter.Split("## Summary\n\n- **Checkout** is slow [F1]\n2. Prices need local currency [F3]\n> Quoted line [F2]\n---");

        s.Select(x => x.Text).ShouldBe(["Summary", "Checkout is slow", "Prices need local currency", "Quoted line"]);
        s[0].CitedIds.ShouldBeEmpty();
    }

    [Fact]
    public void Underscore_bold_pairs_are_dropped_but_other_underscores_stay_text()
    {
        var s = ReplySplitter.Split("__Checkout__ is slow [F1]\nThe page ran window.__pwned and snake__case [F2]\nA __ lone pair stays [F3]");

        s.Select(x => x.Text).ShouldBe(["Checkout is slow", "The page ran window.__pwned and snake__case", "A __ lone pair stays"]);
    }

    [Fact]
    public void Figures_and_abbreviations_do_not_end_a_sentence()
    {
        var s = ReplySplitter.Split("Load time is 3.5 s, e.g. on phones [F1]. Next one [F2].");

        s.Select(x => x.Text).ShouldBe(["Load time is 3.5 s, e.g. on phones.", "Next one."]);
    }

    [Fact]
    public void Brackets_that_are_not_ids_stay_text()
    {
        var s = ReplySplitter.Split("They said [in the interview] it was slow [F1].");

        s[0].Text.ShouldBe("They said [in the interview] it was slow.");
        s[0].CitedIds.ShouldBe(["F1"]);
    }

    [Fact]
    public void An_empty_reply_has_no_sentences_and_a_huge_one_is_capped()
    {
        ReplySplitter.Split("  \n\n").ShouldBeEmpty();
        ReplySplitter.Split(string.Concat(Enumerable.Repeat("Slow [F1]. ", 1000))).Count.ShouldBe(ReplySplitter.MaxSentences);
    }
}
