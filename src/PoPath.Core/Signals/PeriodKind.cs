namespace PoPath.Core.Signals;

/// <summary>What one period of a signal is.</summary>
public enum PeriodKind
{
    /// <summary>One sprint, from its start to its end.</summary>
    Sprint,

    /// <summary>One calendar month in UTC (<c>yyyy-MM</c>), for sources without sprints or when asked for.</summary>
    Month,
}
