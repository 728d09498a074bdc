namespace PoPath.Core.Model;

/// <summary>One entry of an ordered backlog, in the canonical form every importer produces.</summary>
/// <remarks>
/// <see cref="Rank"/> is the position in the backlog (1 = top). Text fields are untrusted input:
/// they are never interpreted, only searched, and every consumer must escape them on output.
/// </remarks>
public sealed record BacklogItem
{
    /// <summary>The item's key in its source (e.g. <c>MESOS-313</c>); unique within one backlog.</summary>
    public required string Id { get; init; }

    /// <summary>The one-line summary.</summary>
    public required string Title { get; init; }

    /// <summary>The free text body; may contain headings, lists and an acceptance-criteria section.</summary>
    public string? Description { get; init; }

    /// <summary>A separate acceptance-criteria field, when the source has one.</summary>
    public string? AcceptanceCriteria { get; init; }

    /// <summary>Position in the backlog, 1 = top.</summary>
    public int Rank { get; init; }

    public string? Type { get; init; }
    public string? Status { get; init; }
    public string? Priority { get; init; }
    public DateOnly? DueDate { get; init; }
    public IReadOnlyList<ItemLink> Links { get; init; } = [];
    public IReadOnlyList<string> Labels { get; init; } = [];
    public double? StoryPoints { get; init; }
    public WsjfInputs? Wsjf { get; init; }

    /// <summary>Sprint names the item has been in, oldest first, when the source says.</summary>
    public IReadOnlyList<string> Sprints { get; init; } = [];

    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Reporter { get; init; }
    public string? Assignee { get; init; }

    /// <summary>Where the item came from (file and line), for messages.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>The text of a field by its stable evidence name, or <c>null</c>.</summary>
    public string? TextOf(string field) => field switch
    {
        ItemFields.Title => Title,
        ItemFields.Description => Description,
        ItemFields.AcceptanceCriteria => AcceptanceCriteria,
        _ => null,
    };
}
