namespace PoPath.Core.History;

/// <summary>Reads one history format from a stream: items, sprints and item events as they come.</summary>
/// <remarks>
/// Implementations stream and never throw for bad input: unusable parts yield warnings, unreadable input one error
/// diagnostic that ends the stream. One reader instance may be fed several inputs of one import (the files of a
/// folder) so that later files can refer to what earlier ones defined (a field list, sprints).
/// </remarks>
public interface IHistoryReader
{
    /// <summary>The stable format id (<c>jira-json</c>, <c>ado-json</c>, <c>github-json</c>, <c>linear-csv</c>).</summary>
    string Format { get; }

    /// <summary>Reads <paramref name="input"/>; <paramref name="sourceName"/> names it in diagnostics.</summary>
    IAsyncEnumerable<HistoryRecord> ReadAsync(Stream input, string sourceName, CancellationToken cancellationToken = default);
}
