namespace PoPath.Core.Model;

/// <summary>Across the items a PO will work on soon (the top N by rank), the share weak or missing per element.</summary>
public sealed record GapProfile(int Top, int ItemsConsidered, IReadOnlyList<ElementGap> Elements)
{
    /// <summary>Builds the profile from readiness results; the top <paramref name="top"/> by rank are taken.</summary>
    public static GapProfile From(IEnumerable<Readiness> results, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var chosen = results.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal).Take(top).ToList();
        var gaps = new List<ElementGap>(ElementNames.All.Count);
        foreach (var e in ElementNames.All)
        {
            int p = 0, w = 0, m = 0;
            foreach (var r in chosen)
            {
                switch (r.Of(e).Status)
                {
                    case ElementStatus.Present: p++; break;
                    case ElementStatus.Weak: w++; break;
                    default: m++; break;
                }
            }

            gaps.Add(new ElementGap(e, p, w, m));
        }

        return new GapProfile(top, chosen.Count, gaps);
    }
}
