using PoPath.Core.Model;

namespace PoPath.Core.Storage;

/// <summary>The gap share (missing or weak, 0–1) of one element among the top items, before and after.</summary>
public readonly record struct GapChange(Element Element, double Before, double After)
{
    /// <summary>After minus before: negative means the gap closed.</summary>
    public double Delta => After - Before;
}
