using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Core.Readiness;

/// <summary>What a detector sees of one item: the item, its analysed text and the three items ranked directly below it.</summary>
public sealed class ItemContext
{
    internal ItemContext(BacklogItem item, IReadOnlyList<BacklogItem> below, ItemText text)
    {
        Item = item;
        Below = below;
        Text = text;
    }

    public BacklogItem Item { get; }

    /// <summary>Up to three items ranked directly below, nearest first.</summary>
    public IReadOnlyList<BacklogItem> Below { get; }

    /// <summary>The item's text fields, normalised once and shared by all detectors.</summary>
    public ItemText Text { get; }
}
