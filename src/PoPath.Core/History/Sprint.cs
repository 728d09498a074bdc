namespace PoPath.Core.History;

/// <summary>A sprint (Jira sprint, Azure DevOps iteration, GitHub milestone, Linear cycle) in canonical form.</summary>
/// <remarks>
/// <see cref="Id"/> is the source's own id as text (Jira sprint id, ADO iteration path, milestone title, cycle number);
/// it is what <see cref="ItemEvent.SprintId"/> refers to. Dates are absent when the source does not say them
/// (GitHub milestones have no start). <see cref="Start"/> is the planned start the source records, not necessarily
/// the moment the sprint was started.
/// </remarks>
public sealed record Sprint
{
    /// <summary>The source's id of the sprint, unique within one history.</summary>
    public required string Id { get; init; }

    /// <summary>The sprint's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The planned start, when known.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>The planned end, when known.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>When the sprint was completed (closed), when known.</summary>
    public DateTimeOffset? Completed { get; init; }

    /// <summary>Whether the sprint is future, active or closed.</summary>
    public SprintState State { get; init; }

    /// <summary>The sprint goal, when the source has one.</summary>
    public string? Goal { get; init; }

    /// <summary>True when only events named this sprint: no sprint record described it, so dates and state are unknown.</summary>
    public bool Inferred { get; init; }
}
