using System.Globalization;
using PoPath.Core.History;
using PoPath.Core.Model;

namespace PoPath.Core.Tests.Signals;

/// <summary>Builds small histories for signal tests: items, sprints and events with times as ISO text (UTC).</summary>
internal sealed class HistoryBuilder
{
    private readonly List<BacklogItem> _items = [];
    private readonly List<Sprint> _sprints = [];
    private readonly List<ItemEvent> _events = [];
    private int _change;

    public static DateTimeOffset T(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public HistoryBuilder Item(string id, string? created = null, double? points = null, string[]? sprints = null, string? status = null, int rank = 0)
    {
        _items.Add(new BacklogItem
        {
            Id = id,
            Title = "Item " + id,
            Rank = rank == 0 ? _items.Count + 1 : rank,
            Created = created is null ? null : T(created),
            StoryPoints = points,
            Sprints = sprints ?? [],
            Status = status,
        });
        return this;
    }

    public HistoryBuilder Sprint(string id, string start, string end, SprintState state = SprintState.Closed, string? name = null)
    {
        _sprints.Add(new Sprint { Id = id, Name = name ?? "Sprint " + id, Start = T(start), End = T(end), State = state });
        return this;
    }

    public HistoryBuilder Event(string item, ItemEventKind kind, string at, string? actor = "Pat PO", string? from = null, string? to = null, string? sprint = null, RankDirection? direction = null)
    {
        _events.Add(new ItemEvent
        {
            ItemId = item,
            Kind = kind,
            At = T(at),
            Actor = actor,
            From = from,
            To = to,
            SprintId = sprint,
            Direction = direction,
            ChangeId = (++_change).ToString(CultureInfo.InvariantCulture),
        });
        return this;
    }

    public HistoryBuilder Added(string item, string sprint, string at, string actor = "Pat PO") =>
        Event(item, ItemEventKind.AddedToSprint, at, actor, to: "Sprint " + sprint, sprint: sprint);

    public HistoryBuilder Removed(string item, string sprint, string at, string actor = "Pat PO") =>
        Event(item, ItemEventKind.RemovedFromSprint, at, actor, from: "Sprint " + sprint, sprint: sprint);

    public HistoryBuilder Ranked(string item, string at, string actor = "Pat PO") =>
        Event(item, ItemEventKind.RankMoved, at, actor, direction: RankDirection.Up);

    public HistoryBuilder Priority(string item, string at, string actor, string from = "Medium", string to = "High") =>
        Event(item, ItemEventKind.PriorityChanged, at, actor, from, to);

    public HistoryBuilder Comment(string item, string at, string actor = "Pat PO") =>
        Event(item, ItemEventKind.Commented, at, actor, to: "because the contract work comes first");

    public HistoryBuilder Resolved(string item, string at, string resolution, string actor = "Pat PO") =>
        Event(item, ItemEventKind.Resolved, at, actor, to: resolution);

    public BacklogHistory Build()
    {
        var items = _items.ToList();
        foreach (var id in _events.Select(e => e.ItemId).Distinct().Where(id => items.All(i => i.Id != id)).ToList())
        {
            items.Add(new BacklogItem { Id = id, Title = "Item " + id, Rank = items.Count + 1 });
        }

        return new BacklogHistory("test", "test", items, _sprints.ToList(), [.. _events.OrderBy(e => e.At)], []);
    }
}
