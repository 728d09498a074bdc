using PoPath.Core.History;

namespace PoPath.Core.Signals.Measures;

/// <summary>Who was in a sprint at its start and who came in while it ran, replayed from the sprint events.</summary>
/// <remarks>
/// Committed at the start: the item's last sprint event at or before start + grace put it in the sprint (or its first
/// event removes it, so it was in before any event said so); or it has no event for the sprint but names the sprint
/// in its sprint field and was created by start + grace. Added after the start: not committed, and an
/// <see cref="ItemEventKind.AddedToSprint"/> event later than start + grace and before the sprint's end — or created
/// in that time with the sprint in its field and no sprint event. Each item counts once per sprint. Carry-over: an
/// item added after the start within the grace of the completion of another sprint it had been added to was moved
/// on when that sprint closed (Jira moves open items at "complete sprint", which may be after the next one started);
/// it counts as committed.
/// </remarks>
internal sealed record SprintMembership(Sprint Sprint, IReadOnlyList<(string Item, string How)> Committed, IReadOnlyList<(string Item, ItemEvent? Event, DateTimeOffset At)> Added)
{
    public static SprintMembership Of(SignalContext context, Sprint sprint)
    {
        var cut = sprint.Start!.Value + context.Options.StartGrace;
        var end = context.EndOf(sprint);
        var committed = new List<(string, string)>();
        var added = new List<(string, ItemEvent?, DateTimeOffset)>();
        var byItem = new Dictionary<string, List<ItemEvent>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in context.SprintEventsOf(sprint.Id))
        {
            if (!byItem.TryGetValue(e.ItemId, out var list))
            {
                list = [];
                byItem[e.ItemId] = list;
            }

            list.Add(e);
        }

        foreach (var (item, events) in byItem)
        {
            var inSprint = events[0].Kind == ItemEventKind.RemovedFromSprint;
            ItemEvent? entered = null;
            foreach (var e in events)
            {
                if (e.At <= cut)
                {
                    inSprint = e.Kind == ItemEventKind.AddedToSprint;
                }
                else if (e.At < end && e.Kind == ItemEventKind.AddedToSprint && entered is null)
                {
                    entered = e;
                }
            }

            if (inSprint)
            {
                committed.Add((item, $"in {sprint.Name} at its start"));
            }
            else if (entered is not null)
            {
                if (CarriedFrom(context, sprint, item, entered) is { } from)
                {
                    committed.Add((item, $"carried over to {sprint.Name} when {from.Name} closed"));
                }
                else
                {
                    added.Add((item, entered, entered.At));
                }
            }
        }

        foreach (var item in context.ItemsNamingSprint(sprint.Name))
        {
            if (byItem.ContainsKey(item.Id) || !seen.Add(item.Id))
            {
                continue;
            }

            if (item.Created is not { } created || created <= cut)
            {
                committed.Add((item.Id, $"in {sprint.Name} at its start (its sprint field; no sprint event)"));
            }
            else if (created < end)
            {
                added.Add((item.Id, null, created));
            }
        }

        committed.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        added.Sort((a, b) => a.Item3 != b.Item3 ? a.Item3.CompareTo(b.Item3) : string.CompareOrdinal(a.Item1, b.Item1));
        return new SprintMembership(sprint, committed, added);
    }

    private static Sprint? CarriedFrom(SignalContext context, Sprint sprint, string item, ItemEvent entered)
    {
        foreach (var closed in context.CompletedNear(entered.At, context.Options.StartGrace))
        {
            if (closed.Id != sprint.Id && context.EventsOf(item).Any(e => e.Kind == ItemEventKind.AddedToSprint && e.SprintId == closed.Id && e.At < entered.At))
            {
                return closed;
            }
        }

        return null;
    }
}
