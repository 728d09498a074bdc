namespace PoPath.Core.Model;

/// <summary>A link from an item to another, as its source names it.</summary>
/// <param name="Kind">The link's meaning from this item's side, normalised to lower case (e.g. <c>blocks</c>, <c>is blocked by</c>, <c>relates to</c>).</param>
/// <param name="Target">The key of the other item.</param>
public readonly record struct ItemLink(string Kind, string Target)
{
    /// <summary>True when this item blocks (must be done before) the target.</summary>
    public bool IsBlocking =>
        Kind is "blocks" or "unblocks" or "is required by" or "is prerequisite for" or "is a prerequisite for";
}
