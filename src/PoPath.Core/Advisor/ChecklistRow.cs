using PoPath.Core.Signals;

namespace PoPath.Core.Advisor;

/// <summary>One line of the manager's checklist: a signal of DESIGN §4, what to look for, and its latest reading when history is available.</summary>
/// <param name="Reading">The latest reading; null when no history was given (then <c>popath signals</c> computes it).</param>
public sealed record ChecklistRow(string SignalId, string LookFor, SignalSummary? Reading);
