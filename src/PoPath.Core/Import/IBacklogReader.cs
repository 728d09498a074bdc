namespace PoPath.Core.Import;

/// <summary>Reads one backlog format from a stream, item by item.</summary>
/// <remarks>
/// Implementations stream: memory stays flat in the number of items. Rows that cannot be used yield a
/// warning diagnostic and reading goes on; input that cannot be read at all yields one error diagnostic
/// and the stream ends. Readers never throw for bad input.
/// </remarks>
public interface IBacklogReader
{
    /// <summary>The stable format id (<c>csv</c>, <c>jira-csv</c>, <c>text</c>, <c>popath-json</c> …).</summary>
    string Format { get; }

    /// <summary>Reads the items of <paramref name="input"/>; <paramref name="sourceName"/> names it in diagnostics.</summary>
    IAsyncEnumerable<ReadResult> ReadAsync(Stream input, string sourceName, CancellationToken cancellationToken = default);
}
