namespace PoPath.Core.Readiness;

/// <summary>Figures over a whole run.</summary>
/// <param name="Items">Items analysed.</param>
/// <param name="AverageScore">Mean score over all items, 0–100, rounded to one decimal.</param>
/// <param name="TopAverageScore">Mean score over the gap profile's top items.</param>
/// <param name="Passing">Items that pass the practical test: all five questions present or weak, at least three present.</param>
public sealed record CheckSummary(int Items, double AverageScore, double TopAverageScore, int Passing);
