namespace PoPath.Core.Insights.Acceptance;

/// <summary>The acceptance check of one backlog item.</summary>
/// <param name="Field">Where the criteria were read: <c>acceptance_criteria</c>, <c>description</c>, or null when none were found.</param>
/// <param name="Outcome">The item's stated expected outcome (the readiness evidence), when it has one.</param>
public sealed record AcceptanceReport(
    string ItemId,
    string Title,
    int Rank,
    string? Field,
    IReadOnlyList<AcceptanceCriterion> Criteria,
    IReadOnlyList<AcceptanceFlag> Flags,
    string? Outcome)
{
    /// <summary>The questions of all flags, each once.</summary>
    public IReadOnlyList<string> Questions => [.. Flags.Select(f => f.Question).Distinct(StringComparer.Ordinal)];
}
