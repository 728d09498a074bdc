using PoPath.Core.Readiness;

namespace PoPath.Core.Signals;

/// <summary>The practical test of one backlog snapshot at a moment, for the signals read from readiness (outcome_talk, decision_quality).</summary>
/// <param name="At">When the snapshot was taken (imported); it is placed in the period that contains it.</param>
/// <param name="Run">The practical test over the snapshot's items.</param>
/// <param name="Label">How the snapshot is named in evidence (e.g. <c>snapshot 3</c>).</param>
public sealed record SnapshotReading(DateTimeOffset At, CheckRun Run, string Label);
