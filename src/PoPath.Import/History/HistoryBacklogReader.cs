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
        // A backlog needs the items only: events are dropped as they are read instead of being kept.
        var collector = new HistoryCollector(sourceName, _ => ValueTask.CompletedTask);
        await collector.ReadAsync(reader, input, sourceName, cancellationToken).ConfigureAwait(false);
        var history = await collector.FinishAsync([reader], format.Id).ConfigureAwait(false);
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
