namespace PoPath.Core.Insights.Generative;

/// <summary>Where a piece of rephrase evidence comes from, so a reader can open it: a feedback entry, a backlog item or a drafted option.</summary>
/// <param name="Id">The entry id, the item id, or the option's 1-based number, as the result names it (untrusted for entries and items).</param>
public readonly record struct EvidenceOrigin(EvidenceOriginKind Kind, string Id);
