using PoPath.Core.Signals;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Tests.Signals;

public sealed class RandomDemandTests
{
    private static SignalValue Only(HistoryBuilder h, SignalOptions? options = null) =>
        SignalEngine.Default.Run(h.Build(), options).Of(RandomDemandSignal.Id).Values.ShouldHaveSingleItem();

    [Fact]
    public void Counts_items_added_after_the_start_as_a_share_of_committed_plus_added()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z")
            .Item("A", points: 3).Item("B", points: 5).Item("C", points: 2).Item("D").Item("E")
            .Added("A", "1", "2024-03-01T10:00:00Z")
            .Added("B", "1", "2024-03-04T08:59:00Z")
            .Added("C", "1", "2024-03-06T10:00:00Z", actor: "Sam Sales")
            .Added("D", "1", "2024-03-04T09:30:00Z") // within the one-hour grace: committed
            .Added("E", "1", "2024-03-02T10:00:00Z").Removed("E", "1", "2024-03-03T10:00:00Z");

        var v = Only(h);

        (v.Count, v.Of).ShouldBe((1, 4));
        v.Value.ShouldBe(0.25);
        v.Band.ShouldBe(SignalBand.Watch);
        v.Note.ShouldContain("story points 2 added, 8 committed");
        var added = v.Evidence.Where(e => e.Kind == "event").ShouldHaveSingleItem();
        (added.Item, added.Event, added.Actor).ShouldBe(("C", "added_to_sprint", "Sam Sales"));
        added.Text.ShouldBe("added to Sprint 1 2 days after its start");
        v.Evidence.Where(e => e.Kind == "item").Select(e => e.Item).ShouldBe(["A", "B", "D"]);
    }

    [Fact]
    public void Without_grace_an_item_added_minutes_after_the_start_is_random_demand()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z")
            .Added("A", "1", "2024-03-01T10:00:00Z")
            .Added("D", "1", "2024-03-04T09:30:00Z");

        Only(h, new SignalOptions { StartGrace = TimeSpan.Zero }).Value.ShouldBe(0.5);
    }

    [Fact]
    public void An_item_first_seen_being_removed_was_in_the_sprint_before()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z")
            .Removed("A", "1", "2024-03-10T10:00:00Z")
            .Added("B", "1", "2024-03-05T10:00:00Z");

        var v = Only(h);
        (v.Count, v.Of).ShouldBe((1, 2));
    }

    [Fact]
    public void An_item_in_the_sprint_field_without_events_counts_by_its_creation_time()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z")
            .Item("A", created: "2024-02-01T00:00:00Z", sprints: ["Sprint 1"])
            .Item("B", created: "2024-03-07T00:00:00Z", sprints: ["Sprint 1"])
            .Item("C", created: "2024-03-19T00:00:00Z", sprints: ["Sprint 1"]);

        var v = Only(h);
        (v.Count, v.Of).ShouldBe((1, 2));
        v.Evidence.ShouldContain(e => e.Item == "B" && e.Text == "created in Sprint 1 2.6 days after its start");
    }

    [Fact]
    public void An_empty_sprint_has_no_value_and_band_none()
    {
        var v = Only(new HistoryBuilder().Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z"));
        v.Value.ShouldBeNull();
        v.Band.ShouldBe(SignalBand.None);
        v.Note.ShouldBe("no item was in the sprint at its start or added while it ran");
    }

    [Fact]
    public void A_single_item_sprint_is_zero_or_one()
    {
        Only(new HistoryBuilder().Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z").Added("A", "1", "2024-03-01T00:00:00Z"))
            .ShouldSatisfyAllConditions(v => v.Value.ShouldBe(0), v => v.Band.ShouldBe(SignalBand.Healthy));
        Only(new HistoryBuilder().Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z").Added("A", "1", "2024-03-05T00:00:00Z"))
            .ShouldSatisfyAllConditions(v => v.Value.ShouldBe(1), v => v.Band.ShouldBe(SignalBand.Concern));
    }

    [Fact]
    public void Re_adding_a_committed_item_does_not_count_and_an_item_added_twice_counts_once()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z")
            .Added("A", "1", "2024-03-01T00:00:00Z").Removed("A", "1", "2024-03-05T00:00:00Z").Added("A", "1", "2024-03-06T00:00:00Z")
            .Added("B", "1", "2024-03-05T00:00:00Z").Removed("B", "1", "2024-03-06T00:00:00Z").Added("B", "1", "2024-03-07T00:00:00Z");

        var v = Only(h);
        (v.Count, v.Of).ShouldBe((1, 2));
    }

    [Fact]
    public void Month_periods_add_up_the_sprints_that_start_in_the_month()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-04T09:00:00Z", "2024-03-18T09:00:00Z")
            .Sprint("2", "2024-03-18T09:00:00Z", "2024-04-01T09:00:00Z")
            .Added("A", "1", "2024-03-01T00:00:00Z").Added("B", "1", "2024-03-05T00:00:00Z")
            .Added("C", "2", "2024-03-17T00:00:00Z").Added("D", "2", "2024-03-17T00:00:00Z");

        var result = SignalEngine.Default.Run(h.Build(), new SignalOptions { Period = PeriodKind.Month });
        var v = result.Of(RandomDemandSignal.Id).Values.ShouldHaveSingleItem();
        (v.Period, v.Count, v.Of).ShouldBe(("2024-03", 1, 4));
    }

    [Fact]
    public void An_item_moved_on_when_another_sprint_closed_after_this_one_started_is_carried_over_not_added()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z")
            .Sprint("2", "2024-03-14T00:00:00Z", "2024-03-28T00:00:00Z")
            .Added("A", "1", "2024-02-28T00:00:00Z")
            .Added("A", "2", "2024-03-15T10:00:03Z")
            .Added("B", "2", "2024-03-15T10:00:03Z")
            .Build();
        h = h with { Sprints = [h.Sprints[0] with { Completed = HistoryBuilder.T("2024-03-15T10:00:00Z") }, h.Sprints[1]] };

        var v = SignalEngine.Default.Run(h).Of(RandomDemandSignal.Id).Values[1];

        (v.Count, v.Of).ShouldBe((1, 2));
        v.Evidence.ShouldContain(e => e.Item == "A" && e.Text == "carried over to Sprint 2 when Sprint 1 closed");
        v.Evidence.ShouldContain(e => e.Item == "B" && e.Kind == "event");
    }
}
