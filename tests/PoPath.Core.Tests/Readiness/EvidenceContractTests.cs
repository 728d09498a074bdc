using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing;

namespace PoPath.Core.Tests.Readiness;

public sealed class EvidenceContractTests
{
    [Fact]
    public void Every_non_missing_verdict_has_evidence()
    {
        foreach (var item in Corpus.Items())
        {
            foreach (var v in ReadinessEngine.Default.Assess(item).Elements.Where(v => v.Status != ElementStatus.Missing))
            {
                v.Evidence.ShouldNotBeEmpty($"{item.Title}: {v.Element.Id()} is {v.Status.Id()} without evidence");
            }
        }
    }

    [Fact]
    public void Text_evidence_equals_the_field_substring_at_its_offsets()
    {
        var checkedSpans = 0;
        foreach (var item in Corpus.Items())
        {
            foreach (var e in ReadinessEngine.Default.Assess(item).Elements.SelectMany(v => v.Evidence))
            {
                if (item.TextOf(e.Field) is not { } text)
                {
                    continue;
                }

                e.Start.ShouldBeInRange(0, text.Length, $"{item.Title}: {e}");
                e.End.ShouldBeInRange(e.Start, text.Length, $"{item.Title}: {e}");
                text[e.Start..e.End].ShouldBe(e.Text, $"{item.Title}: evidence in {e.Field} at [{e.Start}, {e.End})");
                checkedSpans++;
            }
        }

        checkedSpans.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Story_form_finding_evidence_equals_the_field_substring_at_its_offsets()
    {
        var run = ReadinessEngine.Default.Run(Corpus.Backlog(120), parallel: false);
        var spans = 0;
        foreach (var r in run.Items)
        {
            foreach (var e in r.Findings.SelectMany(f => f.Evidence))
            {
                var text = r.Item.TextOf(e.Field).ShouldNotBeNull($"{r.Item.Id}: finding evidence names field '{e.Field}'");
                text[e.Start..e.End].ShouldBe(e.Text);
                spans++;
            }
        }

        spans.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Structured_evidence_has_zero_offsets_and_renders_the_value()
    {
        var item = Some.Item(
            priority: "High",
            dueDate: new DateOnly(2027, 3, 31),
            links: [new ItemLink("blocks", "PAY-88")]);

        var v = ReadinessEngine.Default.Assess(item).Of(Element.OrderingRationale);

        v.Status.ShouldBe(ElementStatus.Present);
        v.Evidence.ShouldContain(new Evidence(ItemFields.DueDate, 0, 0, "2027-03-31"));
        v.Evidence.ShouldContain(new Evidence(ItemFields.Links, 0, 0, "blocks PAY-88"));
    }

    [Fact]
    public void A_detector_that_claims_without_evidence_is_turned_into_missing()
    {
        var engine = new ReadinessEngineBuilder().UseDefaults().Use(new FixedDetector(Element.TradeOff, ElementStatus.Present)).Build();

        var v = engine.Assess(Some.Item()).Of(Element.TradeOff);

        v.Status.ShouldBe(ElementStatus.Missing);
        v.Reason.ShouldContain("no evidence");
    }
}
