using PoPath.Core.Signals;

namespace PoPath.Core.Tests.Signals;

public sealed class FindingTests
{
    private static HistoryBuilder Sprinted() => new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-29T00:00:00Z");

    [Fact]
    public void Decision_room_when_overrides_come_from_one_or_a_few_non_po_actors()
    {
        var h = Sprinted();
        for (var i = 0; i < 4; i++)
        {
            h.Ranked("P" + i, $"2024-03-0{i + 2}T00:00:00Z", "Pat PO");
            h.Priority("S" + i, $"2024-03-0{i + 2}T01:00:00Z", "Sam Sales");
        }

        h.Ranked("V", "2024-03-10T00:00:00Z", "Val VP").Ranked("W", "2024-03-11T00:00:00Z", "Val VP");

        var result = SignalEngine.Default.Run(h.Build(), new SignalOptions { ProductOwner = "Pat PO" });

        var f = result.Findings.ShouldHaveSingleItem();
        f.Kind.ShouldBe("decision-room");
        f.Message.ShouldStartWith("Priorities are overridden: 6 of the 10 rank and priority changes (60");
        f.Message.ShouldContain("6 of them by Sam Sales (4), Val VP (2)");
        f.Message.ShouldContain("No course for the product owner repairs that.");
        f.Evidence.Where(e => e.Kind == "actor").Select(e => e.Ref).ShouldBe(["Sam Sales", "Val VP"]);
        f.Evidence.Count(e => e.Kind == "event").ShouldBe(6);
    }

    [Fact]
    public void No_decision_room_when_overrides_are_few_or_spread_over_many_people()
    {
        var few = Sprinted().Ranked("A", "2024-03-02T00:00:00Z", "Pat PO");
        for (var i = 0; i < 4; i++)
        {
            few.Ranked("S" + i, $"2024-03-0{i + 3}T00:00:00Z", "Sam Sales");
        }

        SignalEngine.Default.Run(few.Build(), new SignalOptions { ProductOwner = "Pat PO" }).Findings.ShouldBeEmpty();

        var spread = Sprinted();
        for (var i = 0; i < 8; i++)
        {
            spread.Ranked("S" + i, $"2024-03-0{i + 1}T00:00:00Z", "Person " + i);
        }

        SignalEngine.Default.Run(spread.Build(), new SignalOptions { ProductOwner = "Pat PO" }).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Unexplained_wait_when_most_turned_down_requests_carry_no_reason()
    {
        var h = Sprinted();
        for (var i = 0; i < 5; i++)
        {
            h.Resolved("D" + i, $"2024-03-0{i + 2}T00:00:00Z", "Won't Do");
        }

        h.Comment("D0", "2024-03-02T01:00:00Z");
        var f = SignalEngine.Default.Run(h.Build()).Findings.ShouldHaveSingleItem();
        f.Kind.ShouldBe("unexplained-wait");
        f.Message.ShouldStartWith("Requests wait without a reason: 4 of 5 requests");
        f.Message.ShouldContain("(4 declined)");
        f.Message.ShouldContain("that is for the organisation to change");
        f.Evidence.Where(e => e.Kind == "event").Select(e => e.Ref.Split('#')[0]).ShouldBe(["D1", "D2", "D3", "D4"]);
    }
}
