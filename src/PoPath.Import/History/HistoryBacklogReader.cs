using System.Runtime.CompilerServices;
using PoPath.Core.Import;

namespace PoPath.Import.History;

/// <summary>Reads a history format as a plain backlog (its items, in the source's order), for <c>popath check</c>.</summary>
/// <remarks>The whole input is read first: items are ranked by the source's order key (LexoRank, StackRank), known only at the end.</remarks>
public sealed class HistoryBacklogReader(HistoryFormat format, ImportOptions options) : IBacklogReader
{
    public string Format => format.Id;

    public async IAsyncEnumerable<ReadResult> ReadAsync(Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = format.CreateReader(options);
        var collector = new HistoryCollector(sourceName);
        await collector.ReadAsync(reader, input, sourceName, cancellationToken).ConfigureAwait(false);
        var history = collector.Finish([reader], format.Id);
        foreach (var d in history.Diagnostics)
        {
            yield return ReadResult.Of(d);
        }

        foreach (var item in history.Items)
        {
            yield return ReadResult.Of(item);
        }
    }
}
