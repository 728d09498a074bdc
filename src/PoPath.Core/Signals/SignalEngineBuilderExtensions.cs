using PoPath.Core.Signals.Findings;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Signals;

/// <summary>The <c>Use…()</c> extensions that plug PoPath's own signals and finding rules into a builder.</summary>
public static class SignalEngineBuilderExtensions
{
    /// <summary>The six signals of DESIGN §4 and the two history findings.</summary>
    public static SignalEngineBuilder UseDefaults(this SignalEngineBuilder builder) => builder.UseSignals().UseFindings();

    /// <summary>random_demand, order_overrides, wait_transparency, review_learning, outcome_talk, decision_quality.</summary>
    public static SignalEngineBuilder UseSignals(this SignalEngineBuilder builder) => builder
        .Use(new RandomDemandSignal())
        .Use(new OrderOverridesSignal())
        .Use(new WaitTransparencySignal())
        .Use(new ReviewLearningSignal())
        .Use(new OutcomeTalkSignal())
        .Use(new DecisionQualitySignal());

    /// <summary>decision-room (overrides concentrated in a few non-PO actors) and unexplained-wait.</summary>
    public static SignalEngineBuilder UseFindings(this SignalEngineBuilder builder) => builder
        .Use(new DecisionRoomRule())
        .Use(new UnexplainedWaitRule());
}
