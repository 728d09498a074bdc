using PoPath.Core.History;
using PoPath.Core.Model;

namespace PoPath.Core.Signals;

/// <summary>One history prepared for the signals: events in a fixed order, indexes by item, sprint and time, and the periods.</summary>
/// <remarks>
/// Built once per run and shared by every signal. Events are put in one total order (time, item, kind, change id,
/// sprint, values, actor), so results do not depend on the order the source gave them in.
/// </remarks>
public sealed class SignalContext
{
    private static readonly IReadOnlyList<ItemEvent> NoEvents = [];
    private readonly ItemEvent[] _events;
    private readonly long[] _ticks;
    private readonly Dictionary<string, List<ItemEvent>> _byItem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ItemEvent>> _bySprint = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BacklogItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<Sprint, DateTimeOffset> _ends = [];
    private readonly Dictionary<string, object> _shared = new(StringComparer.Ordinal);
    private readonly Sprint[] _byCompletion;
    private readonly Dictionary<string, List<BacklogItem>> _bySprintField = new(StringComparer.Ordinal);

    internal SignalContext(BacklogHistory history, SignalOptions options, IReadOnlyList<SnapshotReading> snapshots)
    {
        History = history;
        Options = options;
        Snapshots = [.. snapshots.OrderBy(s => s.At).ThenBy(s => s.Label, StringComparer.Ordinal)];
        _events = [.. history.Events];
        if (!IsOrdered(_events))
        {
            Array.Sort(_events, EventOrder.Instance);
        }

        _ticks = new long[_events.Length];
        for (var i = 0; i < _events.Length; i++)
        {
            var e = _events[i];
            _ticks[i] = e.At.UtcTicks;
            Add(_byItem, e.ItemId, e);
            if (e.SprintId is { } sid && e.Kind is ItemEventKind.AddedToSprint or ItemEventKind.RemovedFromSprint)
            {
                Add(_bySprint, sid, e);
            }
        }

        foreach (var item in history.Items)
        {
            _items.TryAdd(item.Id, item);
            foreach (var name in item.Sprints)
            {
                if (!_bySprintField.TryGetValue(name, out var list))
                {
                    list = [];
                    _bySprintField[name] = list;
                }

                list.Add(item);
            }
        }

        Last = _events.Length > 0 ? _events[^1].At : null;
        DatedSprints = [.. history.Sprints.Where(s => s.Start is not null && s.State != SprintState.Future)
            .OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal)];
        for (var i = 0; i < DatedSprints.Count; i++)
        {
            var s = DatedSprints[i];
            var end = s.End ?? s.Completed ?? (i + 1 < DatedSprints.Count ? DatedSprints[i + 1].Start : null) ?? Last ?? s.Start!.Value;
            _ends[s] = end > s.Start!.Value ? end : s.Start!.Value.AddTicks(1);
        }

        _byCompletion = [.. history.Sprints.Where(s => s.Completed is not null).OrderBy(s => s.Completed!.Value.UtcTicks).ThenBy(s => s.Id, StringComparer.Ordinal)];
        ProductOwner = ProductOwnerInference.Resolve(options.ProductOwner, _events);
        PeriodKind = options.Period ?? (DatedSprints.Count > 0 ? PeriodKind.Sprint : PeriodKind.Month);
        Periods = BuildPeriods();
    }

    public BacklogHistory History { get; }

    public SignalOptions Options { get; }

    public IReadOnlyList<SnapshotReading> Snapshots { get; }

    public ProductOwner ProductOwner { get; }

    public PeriodKind PeriodKind { get; }

    /// <summary>The periods reported, oldest first (after <see cref="SignalOptions.Since"/>).</summary>
    public IReadOnlyList<SignalPeriod> Periods { get; }

    /// <summary>Sprints with a start that are not future, by start: the ones the sprint signals can measure.</summary>
    public IReadOnlyList<Sprint> DatedSprints { get; }

    /// <summary>The time of the latest event; null when there is none.</summary>
    public DateTimeOffset? Last { get; }

    /// <summary>Every event in the context's order.</summary>
    public ReadOnlySpan<ItemEvent> Events => _events;

    /// <summary>The end used for a dated sprint: its planned end, else when it was completed, else the next sprint's start, else the latest event.</summary>
    public DateTimeOffset EndOf(Sprint sprint) => _ends[sprint];

    /// <summary>The events at or after <paramref name="start"/> and before <paramref name="end"/>.</summary>
    public ReadOnlySpan<ItemEvent> EventsIn(DateTimeOffset start, DateTimeOffset end)
    {
        var from = LowerBound(start.UtcTicks);
        var to = LowerBound(end.UtcTicks);
        return to > from ? _events.AsSpan(from, to - from) : [];
    }

    /// <summary>The events of one item, in order.</summary>
    public IReadOnlyList<ItemEvent> EventsOf(string itemId) => _byItem.TryGetValue(itemId, out var l) ? l : NoEvents;

    /// <summary>The sprint events (added, removed) naming one sprint id, in order.</summary>
    public IReadOnlyList<ItemEvent> SprintEventsOf(string sprintId) => _bySprint.TryGetValue(sprintId, out var l) ? l : NoEvents;

    /// <summary>The item with that key, when the history has it.</summary>
    public BacklogItem? Item(string id) => _items.GetValueOrDefault(id);

    /// <summary>The items whose sprint field names <paramref name="sprintName"/>.</summary>
    public IReadOnlyList<BacklogItem> ItemsNamingSprint(string sprintName) => _bySprintField.TryGetValue(sprintName, out var l) ? l : [];

    /// <summary>The items of the history.</summary>
    public IReadOnlyList<BacklogItem> Items => History.Items;

    /// <summary>The dated sprints a period covers: its own sprint, or for a month the sprints that start in it.</summary>
    public IEnumerable<Sprint> SprintsStartingIn(SignalPeriod period) =>
        period.Sprint is { } s ? [s] : DatedSprints.Where(x => period.Contains(x.Start!.Value));

    /// <summary>The sprints completed within <paramref name="window"/> of <paramref name="at"/>.</summary>
    public IEnumerable<Sprint> CompletedNear(DateTimeOffset at, TimeSpan window)
    {
        int lo = 0, hi = _byCompletion.Length;
        var from = (at - window).UtcTicks;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_byCompletion[mid].Completed!.Value.UtcTicks < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var to = (at + window).UtcTicks;
        for (var i = lo; i < _byCompletion.Length && _byCompletion[i].Completed!.Value.UtcTicks <= to; i++)
        {
            yield return _byCompletion[i];
        }
    }

    /// <summary>A value computed once per context and shared by the signals and rules that need it (e.g. the wait requests).</summary>
    internal T Shared<T>(string key, Func<SignalContext, T> make)
        where T : class
    {
        lock (_shared)
        {
            if (!_shared.TryGetValue(key, out var value))
            {
                value = make(this);
                _shared[key] = value;
            }

            return (T)value;
        }
    }

    private int LowerBound(long ticks)
    {
        int lo = 0, hi = _ticks.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ticks[mid] < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private List<SignalPeriod> BuildPeriods()
    {
        var periods = new List<SignalPeriod>();
        if (PeriodKind == PeriodKind.Sprint)
        {
            periods.AddRange(DatedSprints.Select(s => new SignalPeriod(s.Name, s.Start!.Value, EndOf(s), s)));
        }
        else
        {
            var times = _events.Select(e => e.At).Concat(DatedSprints.Select(s => s.Start!.Value)).Concat(Snapshots.Select(s => s.At)).ToList();
            if (times.Count > 0)
            {
                var first = times.Min().UtcDateTime;
                var last = times.Max().UtcDateTime;
                var month = new DateTimeOffset(first.Year, first.Month, 1, 0, 0, 0, TimeSpan.Zero);
                var stop = new DateTimeOffset(last.Year, last.Month, 1, 0, 0, 0, TimeSpan.Zero);
                for (; month <= stop; month = month.AddMonths(1))
                {
                    periods.Add(new SignalPeriod(month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), month, month.AddMonths(1), null));
                }
            }
        }

        return Options.Since is { } since ? [.. periods.Where(p => p.End > since)] : periods;
    }

    private static void Add(Dictionary<string, List<ItemEvent>> map, string key, ItemEvent e)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(e);
    }

    private static bool IsOrdered(ItemEvent[] events)
    {
        for (var i = 1; i < events.Length; i++)
        {
            if (EventOrder.Instance.Compare(events[i - 1], events[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
