using PoPath.Core.Model;

namespace PoPath.Core.History;

/// <summary>One change to one backlog item: what, when, by whom, and the values before and after.</summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> are display values as the source shows them (status names, priority names,
/// sprint names, order numbers as invariant text); <c>null</c> means empty. <see cref="SprintId"/> is set for sprint
/// events and refers to a <see cref="Sprint.Id"/> of the same history. <see cref="Actor"/> is a display name (or the
/// source's account id when no name is given) and <c>null</c> when unknown.
/// </remarks>
public sealed record ItemEvent
{
    /// <summary>The key of the item (the <see cref="BacklogItem.Id"/> it belongs to).</summary>
    public required string ItemId { get; init; }

    /// <summary>What happened.</summary>
    public required ItemEventKind Kind { get; init; }

    /// <summary>When it happened, with the source's offset.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who did it, when known.</summary>
    public string? Actor { get; init; }

    /// <summary>The value before, when the event has one.</summary>
    public string? From { get; init; }

    /// <summary>The value after, when the event has one.</summary>
    public string? To { get; init; }

    /// <summary>The sprint of an <see cref="ItemEventKind.AddedToSprint"/> or <see cref="ItemEventKind.RemovedFromSprint"/> event.</summary>
    public string? SprintId { get; init; }

    /// <summary>The direction of a <see cref="ItemEventKind.RankMoved"/> event.</summary>
    public RankDirection? Direction { get; init; }

    /// <summary>The source's id of the change (Jira history id, ADO revision), for de-duplication and messages.</summary>
    public string? ChangeId { get; init; }

    /// <summary>Where the event was read (file and JSON path), for messages.</summary>
    public SourceLocation? Source { get; init; }
}
