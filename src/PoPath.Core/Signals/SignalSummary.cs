namespace PoPath.Core.Signals;

/// <summary>The latest reading of one signal, as other analyses (the advisor, the manager's checklist) consume it.</summary>
/// <param name="Id">The signal id of DESIGN §4 (<c>random_demand</c>, <c>order_overrides</c>, <c>wait_transparency</c>, <c>review_learning</c>, <c>outcome_talk</c>, <c>decision_quality</c>).</param>
/// <param name="Period">The period of the reading (sprint name or month, <c>yyyy-MM</c>).</param>
/// <param name="Value">The value (a share in 0–1 where the signal is a share); null when the period had nothing to measure.</param>
/// <param name="Band">The band of the value.</param>
public sealed record SignalSummary(string Id, string Period, double? Value, SignalBand Band);
