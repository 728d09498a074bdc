namespace PoPath.Core.Model;

/// <summary>Counts and shares of one element across the items of a gap profile.</summary>
public sealed record ElementGap(Element Element, int Present, int Weak, int Missing)
{
    public int Total => Present + Weak + Missing;
    public double MissingShare => Total == 0 ? 0 : (double)Missing / Total;
    public double WeakShare => Total == 0 ? 0 : (double)Weak / Total;

    /// <summary>Share of items where the element is missing or weak: the gap.</summary>
    public double GapShare => Total == 0 ? 0 : (double)(Missing + Weak) / Total;
}
