using PoPath.Core.Insights.Generative;

namespace PoPath.Core.Tests.Insights.Generative;

public sealed class CitationVerifierTests
{
    private static readonly EvidenceItem[] Evidence =
    [
        new("F1", "FB-1", "The checkout page takes forever to load on my phone."),
        new("F2", "FB-2", "I can't pay with PayPal, so I abandoned my order."),
        new("F3", "FB-3", "Invoices should show prices in my local currency."),
        new("F4", "FB-4", "30% of our orders come from mobile, and checkout drop-off there is 45%."),
        new("F5", "FB-5", "All of my team members asked for dark mode."),
    ];

    private static readonly CitationVerifier Verifier = new(Evidence);

    private static VerifiedSentence One(string reply)
    {
        var result = Verifier.VerifyReply(reply);
        result.Sentences.Count.ShouldBe(1, string.Join(" | ", result.Sentences.Select(s => s.Text)));
        return result.Sentences[0];
    }

    [Theory]
    [InlineData("Customers report that the checkout page loads forever on their phones [F1].")]
    [InlineData("On phones, loading the checkout page takes forever. [F1]")]
    [InlineData("Invoices should show local currency prices [F3].")]
    [InlineData("Paying with PayPal is not possible, and orders are abandoned [F2].")]
    [InlineData("Mobile brings 30% of orders and has a checkout drop-off of 45 percent [F4].")]
    public void Paraphrases_that_keep_the_evidence_words_are_supported(string reply)
    {
        var s = One(reply);

        s.Verdict.ShouldBe(CitationVerdict.Supported, s.Reason);
        s.Support.ShouldBeGreaterThanOrEqualTo(0.6);
    }

    [Fact]
    public void A_sentence_citing_two_ids_is_checked_against_both_texts()
    {
        var s = One("The checkout page loads forever and PayPal payment fails [F1][F2].");

        s.Verdict.ShouldBe(CitationVerdict.Supported, s.Reason);
        s.CitedIds.ShouldBe(["F1", "F2"]);
    }

    [Fact]
    public void A_sentence_without_an_id_is_uncited()
    {
        var s = One("Checkout on phones is slow.");

        s.Verdict.ShouldBe(CitationVerdict.Uncited);
        s.Reason.ShouldBe("It cites no evidence id.");
    }

    [Fact]
    public void An_id_not_among_the_evidence_is_unknown_even_next_to_a_valid_one()
    {
        var s = One("The checkout page takes forever to load [F1][F9].");

        s.Verdict.ShouldBe(CitationVerdict.UnknownId);
        s.Reason.ShouldContain("\"F9\"");
    }

    [Fact]
    public void Ids_are_matched_case_insensitively()
    {
        One("The checkout page takes forever to load [f1].").Verdict.ShouldBe(CitationVerdict.Supported);
    }

    [Fact]
    public void An_existing_id_whose_text_says_something_else_is_unsupported()
    {
        var s = One("Invoices should show prices in the local currency [F1].");

        s.Verdict.ShouldBe(CitationVerdict.Unsupported);
        s.Unmatched.ShouldContain("invoices");
        s.Reason.ShouldStartWith("Only 0 of its");
    }

    [Theory]
    [InlineData("40% of orders come from mobile [F4].", "\"40%\"")]
    [InlineData("Mobile checkout drop-off is 45% and fell to 20% [F4].", "\"20%\"")]
    [InlineData("Three customers can't pay with PayPal [F2].", "\"3\"")]
    [InlineData("By Q3 invoices should show prices in local currency [F3].", "\"q3\"")]
    public void Invented_figures_fail_even_when_every_word_matches(string reply, string figure)
    {
        var s = One(reply);

        s.Verdict.ShouldBe(CitationVerdict.Unsupported);
        s.Reason.ShouldContain(figure);
        s.Reason.ShouldContain("not in the cited evidence");
    }

    [Fact]
    public void Figures_written_differently_still_match()
    {
        var verifier = new CitationVerifier([new EvidenceItem("N1", "note", "We lost 1,200 orders, two of them from banks.")]);

        verifier.VerifyReply("The shop lost 1200 orders, 2 from banks [N1].").Sentences[0].Verdict.ShouldBe(CitationVerdict.Supported);
    }

    [Fact]
    public void A_negation_the_evidence_does_not_make_fails()
    {
        var s = One("Invoices should not show prices in local currency [F3].");

        s.Verdict.ShouldBe(CitationVerdict.Unsupported);
        s.Reason.ShouldContain("\"not\"");
    }

    [Fact]
    public void Dropping_the_evidence_negation_fails()
    {
        var s = One("Customers pay with PayPal and order [F2].");

        s.Verdict.ShouldBe(CitationVerdict.Unsupported);
        s.Reason.ShouldContain("The cited evidence negates");
    }

    [Fact]
    public void A_negation_in_another_sentence_of_the_evidence_does_not_count_against_the_sentence()
    {
        var verifier = new CitationVerifier([new EvidenceItem("E1", "note", "Checkout is fast on desktop. On my phone it does not load.")]);

        verifier.VerifyReply("Checkout is fast on desktop [E1].").Sentences[0].Verdict.ShouldBe(CitationVerdict.Supported);
        verifier.VerifyReply("On phones it loads [E1].").Sentences[0].Verdict.ShouldBe(CitationVerdict.Unsupported);
    }

    [Fact]
    public void A_strong_quantifier_the_evidence_does_not_state_fails()
    {
        One("Most invoices should show prices in local currency [F3].").Verdict.ShouldBe(CitationVerdict.Unsupported);
        One("All team members asked for dark mode [F5].").Verdict.ShouldBe(CitationVerdict.Supported);
    }

    [Fact]
    public void A_padded_citation_that_shares_nothing_with_the_sentence_fails()
    {
        var s = One("The checkout page takes forever to load on phones [F1][F3].");

        s.Verdict.ShouldBe(CitationVerdict.Unsupported);
        s.Reason.ShouldStartWith("\"F3\" shares no word");
    }

    [Fact]
    public void An_embellished_paraphrase_falls_under_the_threshold_and_names_the_new_words()
    {
        var s = One("The sluggish checkout is a severe revenue risk that frustrates loyal shoppers [F1].");

        s.Verdict.ShouldBe(CitationVerdict.Unsupported);
        s.Unmatched.ShouldContain("revenue");
        s.Support.ShouldBeLessThan(0.6);
    }

    [Fact]
    public void The_threshold_is_settable()
    {
        var lenient = new CitationVerifier(Evidence, new VerifierOptions { Threshold = 0.2 });

        lenient.VerifyReply("The slow checkout page frustrates and annoys mobile shoppers [F1].").Sentences[0].Verdict.ShouldBe(CitationVerdict.Supported);
        Verifier.VerifyReply("The slow checkout page frustrates and annoys mobile shoppers [F1].").Sentences[0].Verdict.ShouldBe(CitationVerdict.Unsupported);
        Should.Throw<ArgumentOutOfRangeException>(() => new CitationVerifier(Evidence, new VerifierOptions { Threshold = 1.5 }));
    }

    [Fact]
    public void A_reply_gets_one_verdict_per_sentence_and_counts()
    {
        var reply = "The checkout page takes forever to load on phones [F1]. PayPal payments fail and orders are abandoned. [F2]\n"
            + "- Everyone loves the new design.\n- Invoices need local currency prices [F7].";

        var result = Verifier.VerifyReply(reply);

        result.Sentences.Select(s => s.Verdict).ShouldBe([CitationVerdict.Supported, CitationVerdict.Supported, CitationVerdict.Uncited, CitationVerdict.UnknownId]);
        result.Count(CitationVerdict.Supported).ShouldBe(2);
        result.AllSupported.ShouldBeFalse();
    }

    [Fact]
    public void The_same_id_twice_in_the_evidence_is_refused()
    {
        Should.Throw<ArgumentException>(() => new CitationVerifier([new("A", "a", "x"), new("a", "b", "y")])).Message.ShouldContain("'a'");
    }
}
