using PoPath.Core.Insights.Briefs;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Insights;

public sealed class BriefBuilderTests
{
    private static CheckRun Run() => ReadinessEngine.Default.Run(
    [
        new BacklogItem { Id = "A-1", Rank = 1, Title = "GDPR export", Description = "Legal requires this before the audit on 1 June; it blocks A-3.", Reporter = "Legal", DueDate = new DateOnly(2026, 6, 1) },
        new BacklogItem { Id = "A-2", Rank = 2, Title = "Bulk edit", Description = "Support agents re-key 200 orders a week by hand.", Reporter = " Ana " },
        new BacklogItem { Id = "A-3", Rank = 3, Title = "Refresh the logo", Reporter = "marketing" },
        new BacklogItem { Id = "A-4", Rank = 4, Title = "Dark mode", Reporter = "ana" },
    ]);

    [Fact]
    public void Lists_each_request_of_the_requester_with_rank_and_items_above()
    {
        var brief = BriefBuilder.Build(Run(), "ANA");

        brief.Requests.Select(r => (r.ItemId, r.Rank, r.Above)).ShouldBe([("A-2", 2, 1), ("A-4", 4, 3)]);
        brief.Requests[1].DirectlyAbove.Select(n => n.ItemId).ShouldBe(["A-3", "A-2", "A-1"]);
    }

    [Fact]
    public void Says_why_a_request_waits_with_the_gaps_and_the_quoted_ordering_evidence_above_it()
    {
        var r = BriefBuilder.Build(Run(), "ana").Requests[0];

        r.Gaps.ShouldContain(g => g.Element == Element.ExpectedOutcome && g.Status == ElementStatus.Missing);
        r.Why[0].ShouldBe("It is number 2: 1 item is ranked above it.");
        r.Why.ShouldContain(s => s.Contains("what should change, measurably", StringComparison.Ordinal));
        var first = r.DirectlyAbove.Single();
        first.OrderingStatus.ShouldBe(ElementStatus.Present);
        foreach (var e in first.OrderingEvidence.Where(e => e.End > e.Start))
        {
            r.Why.ShouldContain(s => s.Contains(e.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Names_an_item_above_without_a_reason_and_gives_an_empty_brief_for_an_unknown_requester()
    {
        var last = BriefBuilder.Build(Run(), "ana").Requests[1];
        last.Why.ShouldContain("A-3 (rank 3) is above it without a stated reason; ask the Product Owner why it comes first.");
        BriefBuilder.Build(Run(), "nobody").Requests.ShouldBeEmpty();
    }
}
