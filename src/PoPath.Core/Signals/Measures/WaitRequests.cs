using PoPath.Core.History;

namespace PoPath.Core.Signals.Measures;

/// <summary>Finds every deferred, declined or long-waiting request in a history and whether it carries a stated reason.</summary>
/// <remarks>
/// Deferred: taken out of a sprint while not resolved, or moved to a status that says so (deferred, on hold,
/// postponed, parked, icebox, later). Declined: resolved with a resolution that turns it down (won't do, won't fix,
/// declined, rejected, not planned, cannot reproduce, obsolete, incomplete, invalid, not a bug, cancelled, out of
/// scope, removed). Long-waiting: created, then neither resolved nor added to any sprint for
/// <see cref="SignalOptions.LongWaitDays"/> days; counted once, when it crosses that limit. Stated reason: a comment
/// on the item within <see cref="SignalOptions.ReasonWindowDays"/> days before or after the deferral or decline, or
/// for a long-waiting item any comment between its creation and that many days after the crossing.
/// </remarks>
internal static class WaitRequests
{
    private static readonly string[] DeclinedResolutions =
        ["wontdo", "wontfix", "declined", "rejected", "notplanned", "cannotreproduce", "obsolete", "incomplete", "invalid", "notabug", "cancelled", "canceled", "outofscope", "removed"];

    private static readonly string[] DeferredStatusWords = ["defer", "onhold", "postpone", "parked", "icebox", "later"];

    private static readonly string[] DoneStatusWords = ["done", "closed", "resolved", "complete", "released", "fixed"];

    /// <summary>All requests of the context, by time then item.</summary>
    public static IReadOnlyList<WaitRequest> All(SignalContext context) => context.Shared("wait-requests", Collect);

    /// <summary>True when <paramref name="resolution"/> turns a request down.</summary>
    public static bool IsDeclined(string? resolution) => resolution is not null && DeclinedResolutions.Contains(Normalise(resolution), StringComparer.Ordinal);

    private static List<WaitRequest> Collect(SignalContext context)
    {
        var window = TimeSpan.FromDays(context.Options.ReasonWindowDays);
        var requests = new List<WaitRequest>();

        // Trackers have a handful of status and resolution names: judge each distinct name once.
        var declined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var deferred = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Declined(string? to) => to is not null && (declined.TryGetValue(to, out var d) ? d : declined[to] = IsDeclined(to));
        bool Deferred(string? to) => to is not null && (deferred.TryGetValue(to, out var d) ? d : deferred[to] = DeferredStatusWords.Any(Normalise(to).Contains));
        foreach (var e in context.Events)
        {
            WaitKind? kind = e.Kind switch
            {
                ItemEventKind.Resolved when Declined(e.To) => WaitKind.Declined,
                ItemEventKind.StatusChanged when Deferred(e.To) => WaitKind.Deferred,
                ItemEventKind.RemovedFromSprint when !ResolvedAt(context.EventsOf(e.ItemId), e.At) => WaitKind.Deferred,
                _ => null,
            };
            if (kind is { } k)
            {
                requests.Add(new WaitRequest(e.ItemId, k, e.At, e, CommentIn(context.EventsOf(e.ItemId), e.At - window, e.At + window)));
            }
        }

        var wait = TimeSpan.FromDays(context.Options.LongWaitDays);
        foreach (var item in context.Items)
        {
            var events = context.EventsOf(item.Id);
            var created = item.Created ?? events.FirstOrDefault(e => e.Kind == ItemEventKind.Created)?.At;
            if (created is not { } c)
            {
                continue;
            }

            var crossing = c + wait;
            if (context.Last is not { } last || crossing > last)
            {
                continue; // the history does not reach the crossing: it is not known to have waited that long.
            }

            var hasResolution = events.Any(e => e.Kind == ItemEventKind.Resolved);
            if ((!hasResolution && item.Status is { } status && DoneStatusWords.Any(w => Normalise(status).Contains(w, StringComparison.Ordinal)))
                || ResolvedAt(events, crossing)
                || events.Any(e => e.Kind == ItemEventKind.AddedToSprint && e.At <= crossing)
                || (item.Sprints.Count > 0 && !events.Any(e => e.Kind is ItemEventKind.AddedToSprint or ItemEventKind.RemovedFromSprint)))
            {
                continue; // done (or done at an unknown time), resolved by then, or planned into a sprint: not waiting.
            }

            requests.Add(new WaitRequest(item.Id, WaitKind.LongWaiting, crossing, null, CommentIn(events, c, crossing + window)));
        }

        // List.Sort is not stable: two deferrals of one item at the same instant are ordered by the events' own total order,
        // so the evidence does not depend on the order the history came in.
        requests.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At)
            : a.Item != b.Item ? string.CompareOrdinal(a.Item, b.Item)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : EventOrder.Instance.Compare(a.Event, b.Event));
        return requests;
    }

    private static bool ResolvedAt(IReadOnlyList<ItemEvent> events, DateTimeOffset at)
    {
        var resolved = false;
        foreach (var e in events)
        {
            if (e.At > at)
            {
                break;
            }

            if (e.Kind == ItemEventKind.Resolved)
            {
                resolved = e.To is not null;
            }
        }

        return resolved;
    }

    private static ItemEvent? CommentIn(IReadOnlyList<ItemEvent> events, DateTimeOffset from, DateTimeOffset to)
    {
        foreach (var e in events)
        {
            if (e.Kind == ItemEventKind.Commented && e.At >= from && e.At <= to)
            {
                return e;
            }
        }

        return null;
    }

    private static string Normalise(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var ch in text)
        {
            if (char.IsLetter(ch) && n < buffer.Length)
            {
                buffer[n++] = char.ToLowerInvariant(ch);
            }
        }

        return new string(buffer[..n]);
    }
}
