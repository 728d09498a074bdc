using PoPath.Core.History;

namespace PoPath.Core.Signals.Measures;

/// <summary>What kind of wait a request had.</summary>
internal enum WaitKind
{
    Deferred,
    Declined,
    LongWaiting,
}

/// <summary>A request that was deferred, declined or left waiting, with the comment that gave its reason (if any).</summary>
/// <param name="At">When it was deferred or declined, or when it crossed the long-wait limit.</param>
/// <param name="Event">The deferral or decline event; null for a long-waiting item.</param>
/// <param name="Reason">The comment that counts as its stated reason; null when there is none.</param>
internal sealed record WaitRequest(string Item, WaitKind Kind, DateTimeOffset At, ItemEvent? Event, ItemEvent? Reason)
{
    public string Describe(int longWaitDays) => Kind switch
    {
        WaitKind.Deferred when Event?.Kind == ItemEventKind.RemovedFromSprint => $"taken out of {Event.From ?? "sprint " + Event.SprintId} before it was done",
        WaitKind.Deferred => $"status set to {Event?.To}",
        WaitKind.Declined => $"resolved as {Event?.To}",
        _ => $"open and unplanned {longWaitDays} days after it was created",
    };
}
