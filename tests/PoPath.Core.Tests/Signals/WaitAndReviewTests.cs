using PoPath.Core.History;
using PoPath.Core.Signals;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Tests.Signals;

public sealed class WaitAndReviewTests
{
    [Fact]
    public void Wait_transparency_is_the_share_of_deferred_declined_and_long_waiting_requests_with_a_comment_near_them()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-01T00:00:00Z", "2024-06-30T00:00:00Z")
            .Item("OLD", created: "2024-01-01T00:00:00Z")
            .Item("DONE", created: "2024-01-01T00:00:00Z", status: "Done")
            .Resolved("A", "2024-03-10T00:00:00Z", "Won't Do").Comment("A", "2024-03-12T00:00:00Z")
            .Resolved("B", "2024-03-11T00:00:00Z", "Declined")
            .Comment("C", "2024-02-01T00:00:00Z") // more than 14 days before: no reason for the deferral
            .Added("C", "1", "2024-02-20T00:00:00Z").Removed("C", "1", "2024-03-15T00:00:00Z")
            .Resolved("D", "2024-03-16T00:00:00Z", "Duplicate") // not a decline
            .Event("E", ItemEventKind.StatusChanged, "2024-03-17T00:00:00Z", from: "To Do", to: "On Hold").Comment("E", "2024-03-17T00:05:00Z")
            .Ranked("Z", "2024-06-29T00:00:00Z"); // the history reaches past OLD's 90 days (2024-03-31)

        var v = SignalEngine.Default.Run(h.Build()).Of(WaitTransparencySignal.Id).Values.ShouldHaveSingleItem();

        (v.Count, v.Of).ShouldBe((2, 5));
        v.Band.ShouldBe(SignalBand.Watch);
        v.Evidence.Select(e => (e.Item, e.Text)).ShouldBe([
            ("A", "resolved as Won't Do; reason given in a comment by Pat PO on 2024-03-12"),
            ("B", "resolved as Declined; no reason given"),
            ("C", "taken out of Sprint 1 before it was done; no reason given"),
            ("E", "status set to On Hold; reason given in a comment by Pat PO on 2024-03-17"),
            ("OLD", "open and unplanned 90 days after it was created; no reason given"),
        ]);
    }

    [Fact]
    public void Deferrals_of_one_item_at_the_same_instant_keep_the_events_order_in_the_evidence()
    {
        // 40 requests tied on time, 2 per item: enough for List.Sort's introsort (unstable) to reorder ties.
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z")
            .Sprint("2", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z");
        for (var i = 0; i < 20; i++)
        {
            var item = "A" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            h.Added(item, "1", "2024-03-01T00:00:00Z").Added(item, "2", "2024-03-01T00:00:00Z");
        }

        for (var i = 0; i < 20; i++)
        {
            var item = "A" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            h.Removed(item, "2", "2024-03-05T00:00:00Z", "Sam Sales").Removed(item, "1", "2024-03-05T00:00:00Z");
        }

        var options = new SignalOptions { MaxEvidence = 100 };
        var v = SignalEngine.Default.Run(h.Build(), options).Of(WaitTransparencySignal.Id).Values[0]; // the two sprints are two periods with the same span

        v.Of.ShouldBe(40);
        var order = v.Evidence.Select(e => (e.Item, e.Change)).ToList();
        order.ShouldBe([.. order.OrderBy(p => p.Item, StringComparer.Ordinal).ThenBy(p => p.Change, StringComparer.Ordinal)]);
    }

    [Fact]
    public void A_removal_after_the_item_was_resolved_is_not_a_deferral()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z")
            .Added("A", "1", "2024-02-28T00:00:00Z").Resolved("A", "2024-03-05T00:00:00Z", "Done").Removed("A", "1", "2024-03-06T00:00:00Z");
        var v = SignalEngine.Default.Run(h.Build()).Of(WaitTransparencySignal.Id).Values.ShouldHaveSingleItem();
        (v.Value, v.Band, v.Of).ShouldBe((null, SignalBand.None, 0));
    }

    [Fact]
    public void Review_learning_is_the_trailing_share_of_sprints_whose_review_changed_the_backlog()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z")
            .Sprint("2", "2024-03-15T00:00:00Z", "2024-03-29T00:00:00Z")
            .Sprint("3", "2024-03-29T00:00:00Z", "2024-04-12T00:00:00Z")
            .Sprint("4", "2024-04-12T00:00:00Z", "2024-04-26T00:00:00Z")
            .Sprint("5", "2024-04-26T00:00:00Z", "2024-05-10T00:00:00Z", SprintState.Active)
            .Event("N", ItemEventKind.Created, "2024-03-16T10:00:00Z") // review of 1
            .Ranked("A", "2024-04-13T00:00:00Z") // review of 3
            .Comment("A", "2024-03-30T00:00:00Z") // a comment is no backlog change (review of 2)
            .Ranked("B", "2024-05-01T00:00:00Z"); // after sprint 4's window (end + 3 days), so that window has passed

        var values = SignalEngine.Default.Run(h.Build()).Of(ReviewLearningSignal.Id).Values;

        values.Select(v => v.Value).ShouldBe([1.0, 0.5, 2.0 / 3, 1.0 / 3, null]);
        values.Select(v => v.Band).ShouldBe([SignalBand.Healthy, SignalBand.Watch, SignalBand.Healthy, SignalBand.Watch, SignalBand.None]);
        values[4].Note.ShouldBe("the sprint is still running");
        values[1].Evidence.ShouldContain(e => e.Kind == "sprint" && e.Text == "no backlog change within 3 days after the end of Sprint 2");
        values[0].Evidence.ShouldContain(e => e.Item == "N" && e.Text == "created 1.4 days after the end of Sprint 1");
    }

    [Fact]
    public void Review_learning_has_no_value_when_the_history_ends_inside_the_review_window()
    {
        var h = new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").Ranked("A", "2024-03-16T00:00:00Z");
        var v = SignalEngine.Default.Run(h.Build()).Of(ReviewLearningSignal.Id).Values.ShouldHaveSingleItem();
        (v.Value, v.Note).ShouldBe((null, "the review window has not passed in the history"));
    }
}
