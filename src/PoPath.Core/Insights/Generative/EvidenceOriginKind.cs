namespace PoPath.Core.Insights.Generative;

/// <summary>What kind of thing a piece of rephrase evidence comes from.</summary>
public enum EvidenceOriginKind
{
    /// <summary>A feedback entry; the origin's id is the entry id.</summary>
    Entry,

    /// <summary>A backlog item; the origin's id is the item id.</summary>
    Item,

    /// <summary>One of the drafted backlog options; the origin's id is its 1-based number.</summary>
    Option,
}
