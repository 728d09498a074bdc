using PoPath.Core.Model;

namespace PoPath.Core.Storage;

/// <summary>What changed in readiness between two snapshots of a workspace.</summary>
/// <param name="Added">Ids of items only in the newer snapshot, in its rank order.</param>
/// <param name="Removed">Ids of items only in the older snapshot, in its rank order.</param>
/// <param name="Changes">Items in both whose element statuses or score changed, in the newer rank order.</param>
/// <param name="Gaps">Per element, the gap share (missing or weak) among the top items, before and after.</param>
public sealed record SnapshotDiff(
    SnapshotInfo From,
    SnapshotInfo To,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ItemChange> Changes,
    IReadOnlyList<GapChange> Gaps)
{
    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>; items are matched by id.</summary>
    /// <remarks>Pure and deterministic; when an id repeats within a snapshot the first occurrence (by rank) counts.</remarks>
    public static SnapshotDiff Between(StoredSnapshot older, StoredSnapshot newer, int top = Readiness.ReadinessEngine.DefaultTop)
    {
        var before = ById(older.Results);
        var after = ById(newer.Results);
        var added = after.Keys.Where(id => !before.ContainsKey(id)).ToList();
        var removed = before.Keys.Where(id => !after.ContainsKey(id)).ToList();
        var changes = new List<ItemChange>();
        foreach (var (id, now) in after)
        {
            if (!before.TryGetValue(id, out var was))
            {
                continue;
            }

            var elements = new List<ElementChange>();
            foreach (var e in ElementNames.All)
            {
                var from = was.Of(e).Status;
                var to = now.Of(e).Status;
                if (from != to)
                {
                    elements.Add(new ElementChange(e, from, to));
                }
            }

            if (elements.Count > 0 || was.Score != now.Score)
            {
                changes.Add(new ItemChange(id, now.Item.Title, was.Score, now.Score, elements));
            }
        }

        var gapsBefore = GapProfile.From(older.Results, top);
        var gapsAfter = GapProfile.From(newer.Results, top);
        var gaps = ElementNames.All
            .Select(e => new GapChange(e, Gap(gapsBefore, e), Gap(gapsAfter, e)))
            .ToList();
        return new SnapshotDiff(older.Info, newer.Info, added, removed, changes, gaps);
    }

    private static double Gap(GapProfile profile, Element element) =>
        profile.Elements.First(g => g.Element == element).GapShare;

    private static Dictionary<string, Model.Readiness> ById(IEnumerable<Model.Readiness> results)
    {
        // Insertion order is rank order, which keeps Added, Removed and Changes stable.
        var map = new Dictionary<string, Model.Readiness>(StringComparer.Ordinal);
        foreach (var r in results.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal))
        {
            map.TryAdd(r.Item.Id, r);
        }

        return map;
    }
}
