using PoPath.Core.Model;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests;

public sealed class HighlighterTests
{
    [Fact]
    public void Overlapping_spans_of_two_elements_split_into_runs_marked_with_both()
    {
        const string text = "aaa bbb ccc";
        var verdicts = new[]
        {
            new ElementVerdict(Element.CustomerNeed, ElementStatus.Present, [Evidence.Span("description", text, 0, 7)], "r"),
            new ElementVerdict(Element.TradeOff, ElementStatus.Weak, [Evidence.Span("description", text, 4, 11)], "r"),
        };
        var runs = Highlighter.Runs(text, "description", verdicts);
        runs.Select(r => r.Text).ShouldBe(["aaa ", "bbb", " ccc"]);
        runs[1].Elements.ShouldBe([Element.CustomerNeed, Element.TradeOff]);
        string.Concat(runs.Select(r => r.Text)).ShouldBe(text);
    }

    [Fact]
    public void Spans_of_other_fields_structured_evidence_and_out_of_range_offsets_mark_nothing()
    {
        const string text = "short";
        var verdicts = new[]
        {
            new ElementVerdict(Element.OrderingRationale, ElementStatus.Present, [Evidence.Structured("due_date", "2026-01-01")], "r"),
            new ElementVerdict(Element.CustomerNeed, ElementStatus.Present, [new Evidence("description", 2, 99, "x")], "r"),
            new ElementVerdict(Element.TradeOff, ElementStatus.Present, [new Evidence("title", 0, 3, "sho")], "r"),
        };
        var runs = Highlighter.Runs(text, "description", verdicts);
        runs.ShouldHaveSingleItem().Elements.ShouldBeEmpty();
    }
}
