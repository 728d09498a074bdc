using PoPath.Core.Model;

namespace PoPath.Core.Advisor;

/// <summary>One of the PO's own top items that shows the learning gap: what it misses and the questions it could not answer.</summary>
public sealed record GapExample(string ItemId, string Title, int Rank, IReadOnlyList<Element> Missing, IReadOnlyList<string> Questions);
