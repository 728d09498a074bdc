using PoPath.Core.History;

namespace PoPath.Core.Signals;

/// <summary>One item or event behind a signal value.</summary>
/// <param name="Kind"><c>event</c> (a history event) or <c>item</c> (an item's state, e.g. in the sprint at its start, or its readiness).</param>
/// <param name="Item">The item key.</param>
/// <param name="Event">The event's kind (<c>added_to_sprint</c>, <c>rank_moved</c> …) for event evidence.</param>
/// <param name="Change">The source's change id of the event, when it has one.</param>
/// <param name="At">When the event happened.</param>
/// <param name="Actor">Who did it, when known.</param>
/// <param name="Text">What it shows, stated plainly.</param>
public sealed record SignalEvidence(string Kind, string Item, string? Event, string? Change, DateTimeOffset? At, string? Actor, string Text)
{
    /// <summary>Evidence for one history event.</summary>
    public static SignalEvidence Of(ItemEvent e, string text) =>
        new("event", e.ItemId, EventNames.Of(e.Kind), e.ChangeId, e.At, e.Actor, text);

    /// <summary>Evidence for an item's state.</summary>
    public static SignalEvidence OfItem(string item, string text) => new("item", item, null, null, null, null, text);
}
