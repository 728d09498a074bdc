using PoPath.Core.Model;

namespace PoPath.Core.Insights.Briefs;

/// <summary>A brief for one requester: each of their requests, its rank, and why it waits, with the evidence quoted.</summary>
public sealed record StakeholderBrief(string Requester, int BacklogSize, IReadOnlyList<BriefRequest> Requests);

/// <summary>One request of the requester.</summary>
/// <param name="Gaps">The practical-test elements that are missing or weak, in plain language with the engine's reason.</param>
/// <param name="Above">How many items are ranked above it.</param>
/// <param name="DirectlyAbove">Up to three items ranked directly above it, each with what its ordering rationale rests on.</param>
/// <param name="Why">The plain-language sentences of the brief; every claim in them comes from the fields above.</param>
public sealed record BriefRequest(
    string ItemId,
    string Title,
    int Rank,
    int Score,
    IReadOnlyList<BriefGap> Gaps,
    int Above,
    IReadOnlyList<BriefNeighbour> DirectlyAbove,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Why);

/// <summary>A missing or weak element of a request and the engine's reason for the verdict.</summary>
public sealed record BriefGap(Element Element, ElementStatus Status, string Reason, IReadOnlyList<Evidence> Evidence);

/// <summary>An item ranked above the request, and the evidence of its ordering rationale (empty when it states none).</summary>
public sealed record BriefNeighbour(string ItemId, string Title, int Rank, ElementStatus OrderingStatus, IReadOnlyList<Evidence> OrderingEvidence);
