using PoPath.Core.History;

namespace PoPath.Core.Signals;

/// <summary>A total order of events: time (UTC), item, kind, change id, sprint, from, to, actor.</summary>
internal sealed class EventOrder : IComparer<ItemEvent>
{
    public static readonly EventOrder Instance = new();

    public int Compare(ItemEvent? x, ItemEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.At.UtcTicks.CompareTo(y.At.UtcTicks);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.ItemId, y.ItemId);
        if (c != 0)
        {
            return c;
        }

        c = x.Kind.CompareTo(y.Kind);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.ChangeId, y.ChangeId);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.SprintId, y.SprintId);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.From, y.From);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.To, y.To);
        return c != 0 ? c : string.CompareOrdinal(x.Actor, y.Actor);
    }
}
