using PoPath.Core.Model;
using PoPath.Core.Signals;

namespace PoPath.Core.Advisor;

/// <summary>What the advisor reads: the profile, and when available the gap profile of the PO's backlog and the latest signal readings.</summary>
public sealed record AdviceInput(Profile Profile, GapProfile? Gaps = null, IReadOnlyList<SignalSummary>? Signals = null);
