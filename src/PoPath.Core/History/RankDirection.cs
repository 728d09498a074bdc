namespace PoPath.Core.History;

/// <summary>Which way a <see cref="ItemEventKind.RankMoved"/> event moved the item.</summary>
public enum RankDirection
{
    /// <summary>Closer to the top of the backlog (Jira "Ranked higher"; a smaller ADO StackRank).</summary>
    Up,

    /// <summary>Further from the top (Jira "Ranked lower"; a larger ADO StackRank).</summary>
    Down,

    /// <summary>To an order value given in <see cref="ItemEvent.To"/> with no previous value to compare.</summary>
    ToPosition,
}
