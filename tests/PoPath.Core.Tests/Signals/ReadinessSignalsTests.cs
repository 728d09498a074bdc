using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Core.Signals.Measures;
using PoPath.Testing;

namespace PoPath.Core.Tests.Signals;

public sealed class ReadinessSignalsTests
{
    private static readonly CheckRun Run = ReadinessEngine.Default.Run(
        [Some.ReadyItem("R-1", 1), Some.BareTask("T-2", 2), Some.ReadyItem("R-3", 3), Some.BareTask("T-4", 4)]);

    private static SignalResult Signals(int top, params SnapshotReading[] snapshots) =>
        SignalEngine.Default.Run(
            new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").Sprint("2", "2024-03-15T00:00:00Z", "2024-03-29T00:00:00Z").Build(),
            new SignalOptions { Top = top },
            snapshots);

    [Fact]
    public void Outcome_talk_and_decision_quality_read_the_top_n_of_the_snapshot_in_its_period()
    {
        var result = Signals(3, new SnapshotReading(HistoryBuilder.T("2024-03-20T00:00:00Z"), Run, "snapshot 1"));

        var outcome = result.Of(OutcomeTalkSignal.Id).Values;
        outcome[0].ShouldSatisfyAllConditions(v => v.Value.ShouldBeNull(), v => v.Note.ShouldBe("no snapshot of the backlog falls in this period"));
        (outcome[1].Count, outcome[1].Of, outcome[1].Band).ShouldBe((2, 3, SignalBand.Healthy));
        outcome[1].Note.ShouldBe("2 of the top 3 items of snapshot 1 state an expected outcome");
        outcome[1].Evidence.Select(e => e.Item).ShouldBe(["R-1", "T-2", "R-3"]);
        outcome[1].Evidence[0].Text.ShouldStartWith("rank 1: expected_outcome present: \"");
        outcome[1].Evidence[1].Text.ShouldBe("rank 2: expected_outcome missing");

        var quality = result.Of(DecisionQualitySignal.Id).Values[1];
        (quality.Count, quality.Of).ShouldBe((2, 3));
        quality.Evidence[1].Text.ShouldBe("rank 2: does not pass: customer_need, business_reason, trade_off, expected_outcome, ordering_rationale missing");
    }

    [Fact]
    public void A_snapshot_after_the_last_period_goes_to_the_last_and_the_latest_of_two_wins()
    {
        var bare = ReadinessEngine.Default.Run([Some.BareTask()]);
        var result = Signals(20,
            new SnapshotReading(HistoryBuilder.T("2024-05-01T00:00:00Z"), Run, "snapshot 2"),
            new SnapshotReading(HistoryBuilder.T("2024-04-01T00:00:00Z"), bare, "snapshot 1"));
        var v = result.Of(DecisionQualitySignal.Id).Values[1];
        (v.Count, v.Of).ShouldBe((2, 4));
        v.Note.ShouldContain("snapshot 2");
    }

    [Fact]
    public void Without_snapshots_there_is_no_value()
    {
        Signals(20).Of(OutcomeTalkSignal.Id).Values.ShouldAllBe(v => v.Value == null && v.Band == SignalBand.None && v.Note == "no snapshot of the backlog was tested");
    }

    [Fact]
    public void A_snapshot_without_items_has_no_value()
    {
        var empty = ReadinessEngine.Default.Run([]);
        var v = Signals(20, new SnapshotReading(HistoryBuilder.T("2024-03-02T00:00:00Z"), empty, "snapshot 1")).Of(OutcomeTalkSignal.Id).Values[0];
        (v.Value, v.Note).ShouldBe((null, "snapshot 1 has no items"));
    }
}
