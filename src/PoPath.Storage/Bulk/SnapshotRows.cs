using PoPath.Core.History;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Storage.Bulk;

/// <summary>A snapshot's items paired with their readiness, in backlog order.</summary>
internal sealed record SnapshotRows(IReadOnlyList<BacklogItem> Items, IReadOnlyList<Readiness> Results, IReadOnlyList<Sprint> Sprints, IReadOnlyList<ItemEvent> Events)
{
    /// <summary>Rows written per item: the item, its result and one per element.</summary>
    public static int RowsPerItem => 2 + ElementNames.All.Count;

    public long TotalRows => ((long)Items.Count * RowsPerItem) + Sprints.Count + Events.Count;

    public static SnapshotRows Pair(IReadOnlyList<BacklogItem> items, CheckRun run, IReadOnlyList<Sprint> sprints, IReadOnlyList<ItemEvent> events)
    {
        var byItem = new Dictionary<BacklogItem, Readiness>(ReferenceEqualityComparer.Instance);
        foreach (var r in run.Items)
        {
            byItem[r.Item] = r;
        }

        var results = new Readiness[items.Count];
        for (var n = 0; n < items.Count; n++)
        {
            results[n] = byItem.TryGetValue(items[n], out var r)
                ? r
                : throw new ArgumentException($"The readiness run has no result for item {items[n].Id}: run the engine on the backlog's items.", nameof(run));
        }

        return new SnapshotRows(items, results, sprints, events);
    }
}
