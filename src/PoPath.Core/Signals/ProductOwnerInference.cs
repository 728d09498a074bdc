using System.Globalization;
using PoPath.Core.History;

namespace PoPath.Core.Signals;

/// <summary>Finds the product owner when none is set: the actor who made the most rank changes (else priority changes).</summary>
/// <remarks>Ties go to the name first in ordinal order, so the answer does not depend on event order.</remarks>
public static class ProductOwnerInference
{
    /// <summary>The set name when there is one, else the inferred one.</summary>
    public static ProductOwner Resolve(string? configured, ReadOnlySpan<ItemEvent> events)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ProductOwner(configured.Trim(), false, "set, not inferred");
        }

        var ranks = Count(events, ItemEventKind.RankMoved);
        var (counts, what) = ranks.Count > 0 ? (ranks, "rank changes") : (Count(events, ItemEventKind.PriorityChanged), "priority changes");
        if (counts.Count == 0)
        {
            return new ProductOwner(null, true, "not set, and no rank or priority change names an actor");
        }

        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        var total = counts.Values.Sum();
        return new ProductOwner(top.Key, true, string.Create(CultureInfo.InvariantCulture, $"inferred: the most frequent ranker, {top.Value} of {total} {what}"));
    }

    private static Dictionary<string, int> Count(ReadOnlySpan<ItemEvent> events, ItemEventKind kind)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in events)
        {
            if (e.Kind == kind && !string.IsNullOrWhiteSpace(e.Actor))
            {
                var name = e.Actor.Trim();
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        return counts;
    }
}
