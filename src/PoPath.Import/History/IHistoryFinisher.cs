using PoPath.Core.History;

namespace PoPath.Import.History;

/// <summary>A history reader that resolves references across inputs once all of one import's inputs are read.</summary>
internal interface IHistoryFinisher
{
    /// <summary>What could only be decided at the end: inferred sprints, warnings about unresolved references.</summary>
    IEnumerable<HistoryRecord> Finish(string sourceName);

    /// <summary>The backlog order key of an item (a LexoRank, an order number as sortable text), or <c>null</c>.</summary>
    IComparable? OrderKeyOf(string itemId);
}
