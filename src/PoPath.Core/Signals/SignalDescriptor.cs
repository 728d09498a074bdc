namespace PoPath.Core.Signals;

/// <summary>Names a signal: its stable id (the DESIGN §4 name), a one-line summary and its default thresholds.</summary>
/// <param name="Id">The stable id, e.g. <c>random_demand</c>; JSON and docs (<c>docs/signals/{id}.md</c>) use it.</param>
/// <param name="Summary">What the value measures, in one line.</param>
/// <param name="Thresholds">The default bands; the builder can replace them.</param>
public sealed record SignalDescriptor(string Id, string Summary, SignalThresholds Thresholds);
