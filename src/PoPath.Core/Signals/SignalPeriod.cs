using PoPath.Core.History;

namespace PoPath.Core.Signals;

/// <summary>One period signals are measured over: a sprint or a calendar month, as a half-open range [start, end).</summary>
/// <param name="Name">The sprint's name or the month as <c>yyyy-MM</c>.</param>
/// <param name="Sprint">The sprint, for sprint periods.</param>
public sealed record SignalPeriod(string Name, DateTimeOffset Start, DateTimeOffset End, Sprint? Sprint)
{
    /// <summary>True when <paramref name="at"/> is within [start, end).</summary>
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;
}
