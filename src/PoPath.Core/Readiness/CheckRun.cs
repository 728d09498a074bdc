using PoPath.Core.Model;

namespace PoPath.Core.Readiness;

/// <summary>The practical test over a whole backlog: every item's readiness, the gap profile and a summary.</summary>
public sealed record CheckRun(IReadOnlyList<Model.Readiness> Items, GapProfile Gaps, CheckSummary Summary);
