using PoPath.Core.Insights.Generative;

namespace PoPath.Core.Tests.Insights.Generative;

public sealed class RephrasePromptTests
{
    [Fact]
    public void The_prompt_lists_each_evidence_item_on_one_line_with_its_id_and_asks_for_citations()
    {
        var p = RephrasePrompt.Build("Rephrase this summary.", [new("F1", "FB-1", "Checkout is slow.\nReally slow."), new("F2", "FB-2", "PayPal fails.")]);

        p.System.ShouldContain("square brackets, like [F3]");
        p.User.ShouldBe("Rephrase this summary.\n\nEvidence:\n[F1] Checkout is slow. Really slow.\n[F2] PayPal fails.\n");
        p.Evidence.Select(e => e.Text).ShouldBe(["Checkout is slow. Really slow.", "PayPal fails."]);
        p.Omitted.ShouldBe(0);
    }

    [Fact]
    public void Long_texts_are_cut_and_extra_items_left_out_and_counted()
    {
        var many = Enumerable.Range(1, RephrasePrompt.MaxEvidence + 5).Select(i => new EvidenceItem($"F{i}", $"FB-{i}", "word " + new string('x', 10))).ToList();
        many[0] = many[0] with { Text = string.Join(' ', Enumerable.Repeat("slow", 400)) };

        var p = RephrasePrompt.Build("Rephrase.", many);

        p.Evidence.Count.ShouldBe(RephrasePrompt.MaxEvidence);
        p.Omitted.ShouldBe(5);
        p.Evidence[0].Text.Length.ShouldBeLessThanOrEqualTo(RephrasePrompt.MaxEvidenceChars);
        p.Evidence[0].Text.ShouldEndWith("…");
    }

    [Theory]
    [InlineData("F 1")]
    [InlineData("")]
    [InlineData("F1]")]
    public void Malformed_ids_are_refused(string id)
    {
        Should.Throw<ArgumentException>(() => RephrasePrompt.Build("Rephrase.", [new(id, "x", "text")]));
    }

    [Fact]
    public void No_evidence_and_duplicate_ids_are_refused()
    {
        Should.Throw<ArgumentException>(() => RephrasePrompt.Build("Rephrase.", []));
        Should.Throw<ArgumentException>(() => RephrasePrompt.Build("Rephrase.", [new("F1", "a", "x"), new("f1", "b", "y")])).Message.ShouldContain("twice");
    }
}
