using PoPath.Core.History;
using PoPath.Core.Signals;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Tests.Signals;

public sealed class SignalEngineTests
{
    private sealed class ThrowingSignal : ISignal
    {
        public SignalDescriptor Descriptor { get; } = new("broken", "always fails", new SignalThresholds(0.5, 0.8, true));

        public IReadOnlyList<SignalMeasure> Compute(SignalContext context) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void Default_engine_has_the_six_signals_of_design_4_in_order()
    {
        SignalEngine.Default.Signals.Select(s => s.Id).ShouldBe(["random_demand", "order_overrides", "wait_transparency", "review_learning", "outcome_talk", "decision_quality"]);
        SignalEngine.Default.FindingKinds.ShouldBe(["decision-room", "unexplained-wait"]);
    }

    [Fact]
    public void A_signal_that_throws_is_reported_and_the_others_go_on()
    {
        var engine = new SignalEngineBuilder().UseSignals().Use(new ThrowingSignal()).Build();
        var result = engine.Run(new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").Added("A", "1", "2024-03-02T00:00:00Z").Build());
        result.Problems.ShouldBe(["signal broken failed: InvalidOperationException: boom"]);
        result.Of("broken").Values.ShouldBeEmpty();
        result.Of(RandomDemandSignal.Id).Values.ShouldHaveSingleItem().Value.ShouldBe(1);
    }

    [Fact]
    public void Thresholds_are_configurable_and_checked()
    {
        var engine = new SignalEngineBuilder().UseDefaults().WithThresholds(RandomDemandSignal.Id, new SignalThresholds(0.9, 0.95, true)).Build();
        var h = new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").Added("A", "1", "2024-03-02T00:00:00Z").Added("B", "1", "2024-02-02T00:00:00Z").Build();
        engine.Run(h).Of(RandomDemandSignal.Id).Values[0].Band.ShouldBe(SignalBand.Healthy);
        SignalEngine.Default.Run(h).Of(RandomDemandSignal.Id).Values[0].Band.ShouldBe(SignalBand.Watch); // 0.5 is the default concern threshold itself

        Should.Throw<ArgumentException>(() => new SignalEngineBuilder().WithThresholds("x", new SignalThresholds(0.5, 0.2, true))).Message.ShouldContain("concern threshold");
        Should.Throw<InvalidOperationException>(() => new SignalEngineBuilder().UseSignals().WithThresholds("nope", new SignalThresholds(0.2, 0.5, true)).Build());
    }

    [Theory]
    [InlineData(0.2, true, SignalBand.Healthy)]
    [InlineData(0.21, true, SignalBand.Watch)]
    [InlineData(0.5, true, SignalBand.Watch)]
    [InlineData(0.51, true, SignalBand.Concern)]
    [InlineData(0.5, false, SignalBand.Healthy)]
    [InlineData(0.49, false, SignalBand.Watch)]
    [InlineData(0.19, false, SignalBand.Concern)]
    public void Bands_keep_a_value_on_a_threshold_on_the_healthier_side(double value, bool higherIsWorse, SignalBand band)
    {
        var t = higherIsWorse ? new SignalThresholds(0.2, 0.5, true) : new SignalThresholds(0.5, 0.2, false);
        t.Band(value).ShouldBe(band);
    }

    [Fact]
    public void Summaries_give_the_latest_value_of_every_signal()
    {
        var h = new HistoryBuilder()
            .Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").Sprint("2", "2024-03-15T00:00:00Z", "2024-03-29T00:00:00Z")
            .Added("A", "1", "2024-03-02T00:00:00Z")
            .Build();
        var summaries = SignalEngine.Default.Run(h).Summaries();
        summaries.Single(s => s.Id == RandomDemandSignal.Id).ShouldBe(new SignalSummary(RandomDemandSignal.Id, "Sprint 1", 1, SignalBand.Concern));
        summaries.Single(s => s.Id == OutcomeTalkSignal.Id).ShouldBe(new SignalSummary(OutcomeTalkSignal.Id, "Sprint 2", null, SignalBand.None));
    }

    [Fact]
    public void Without_sprints_periods_are_calendar_months_and_since_drops_earlier_ones()
    {
        var h = new HistoryBuilder()
            .Ranked("A", "2024-01-10T00:00:00Z").Ranked("B", "2024-02-10T00:00:00Z", "Sam").Ranked("C", "2024-04-01T00:00:00Z")
            .Build();
        var all = SignalEngine.Default.Run(h);
        all.PeriodKind.ShouldBe(PeriodKind.Month);
        all.Periods.Select(p => p.Name).ShouldBe(["2024-01", "2024-02", "2024-03", "2024-04"]);
        all.Of(OrderOverridesSignal.Id).Values.Select(v => v.Value).ShouldBe([0.0, 1.0, null, 0.0]);
        all.Of(RandomDemandSignal.Id).Values[0].Note.ShouldBe("no sprint starts in this month");

        SignalEngine.Default.Run(h, new SignalOptions { Since = HistoryBuilder.T("2024-02-15T00:00:00Z") }).Periods.Select(p => p.Name).ShouldBe(["2024-02", "2024-03", "2024-04"]);
    }

    [Fact]
    public void Future_sprints_and_sprints_without_a_start_are_not_periods()
    {
        var h = new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z").Sprint("2", "2024-03-15T00:00:00Z", "2024-03-29T00:00:00Z", SprintState.Future).Build();
        h = h with { Sprints = [.. h.Sprints, new Sprint { Id = "3", Name = "Undated", Inferred = true }] };
        SignalEngine.Default.Run(h).Periods.Select(p => p.Name).ShouldBe(["Sprint 1"]);
    }

    [Fact]
    public void Evidence_is_capped_and_the_total_still_counted()
    {
        var h = new HistoryBuilder().Sprint("1", "2024-03-01T00:00:00Z", "2024-03-15T00:00:00Z");
        for (var i = 0; i < 30; i++)
        {
            h.Added("A" + i, "1", "2024-03-02T00:00:00Z");
        }

        var v = SignalEngine.Default.Run(h.Build(), new SignalOptions { MaxEvidence = 5 }).Of(RandomDemandSignal.Id).Values[0];
        (v.Evidence.Count, v.EvidenceTotal, v.Count).ShouldBe((5, 30, 30));
    }

    [Fact]
    public void A_failed_history_is_refused()
    {
        var failed = new BacklogHistory("x.json", "jira-json", [], [], [], [PoPath.Core.Import.ImportDiagnostic.Error(new PoPath.Core.Model.SourceLocation("x.json"), "bad")]);
        Should.Throw<ArgumentException>(() => SignalEngine.Default.Run(failed)).Message.ShouldContain("failed to load");
    }
}
