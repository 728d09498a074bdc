using PoPath.Core.History;

namespace PoPath.Core.Signals;

/// <summary>The stable snake_case names of <see cref="ItemEventKind"/> used in evidence and JSON.</summary>
public static class EventNames
{
    public static string Of(ItemEventKind kind) => kind switch
    {
        ItemEventKind.Created => "created",
        ItemEventKind.StatusChanged => "status_changed",
        ItemEventKind.AddedToSprint => "added_to_sprint",
        ItemEventKind.RemovedFromSprint => "removed_from_sprint",
        ItemEventKind.RankMoved => "rank_moved",
        ItemEventKind.PriorityChanged => "priority_changed",
        ItemEventKind.Commented => "commented",
        ItemEventKind.Resolved => "resolved",
        ItemEventKind.LabelChanged => "label_changed",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
