namespace PoPath.Core.History;

/// <summary>What happened to an item in one history event.</summary>
public enum ItemEventKind
{
    /// <summary>The item was created; <see cref="ItemEvent.To"/> holds its initial status when known.</summary>
    Created,

    /// <summary>The workflow status changed from <see cref="ItemEvent.From"/> to <see cref="ItemEvent.To"/>.</summary>
    StatusChanged,

    /// <summary>The item entered the sprint <see cref="ItemEvent.SprintId"/>.</summary>
    AddedToSprint,

    /// <summary>The item left the sprint <see cref="ItemEvent.SprintId"/>.</summary>
    RemovedFromSprint,

    /// <summary>The item was moved in the backlog order; <see cref="ItemEvent.Direction"/> says which way.</summary>
    RankMoved,

    /// <summary>The priority field changed from <see cref="ItemEvent.From"/> to <see cref="ItemEvent.To"/>.</summary>
    PriorityChanged,

    /// <summary>Someone commented; <see cref="ItemEvent.To"/> holds the comment text when the source gives it.</summary>
    Commented,

    /// <summary>The resolution changed: <see cref="ItemEvent.To"/> is the new resolution (e.g. <c>Done</c>, <c>Won't Do</c>, <c>not_planned</c>), or <c>null</c> when it was cleared (reopened).</summary>
    Resolved,

    /// <summary>A label was added (<see cref="ItemEvent.To"/>) or removed (<see cref="ItemEvent.From"/>).</summary>
    LabelChanged,
}
