using System.Buffers;
using System.Runtime.CompilerServices;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.PoPathJson;

/// <summary>Reads PoPath's own backlog JSON (format <c>popath-json</c>, docs/formats/popath-json.md), streaming item by item.</summary>
/// <remarks>
/// Memory stays flat in the number of items: the document is never held whole, only the item being read.
/// Items come out in array order with <see cref="BacklogItem.Rank"/> set to the file's <c>rank</c>, or 0 when it gives none;
/// <see cref="BacklogLoader"/> orders by it and renumbers.
/// </remarks>
public sealed class PoPathJsonReader(ImportOptions? options = null) : IBacklogReader
{
    public const string FormatId = "popath-json";

    /// <summary>The value of the <c>popath</c> property this reader understands.</summary>
    public const string Version = "backlog/1";

    private const int InitialBuffer = 64 * 1024;

    private readonly ImportOptions _options = options ?? ImportOptions.Default;

    public string Format => FormatId;

    public async IAsyncEnumerable<ReadResult> ReadAsync(
        Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            var (start, end, final) = (0, 0, false);
            while (end < InitialBuffer && !final)
            {
                var got = await input.ReadAsync(buffer.AsMemory(end, InitialBuffer - end), cancellationToken).ConfigureAwait(false);
                (end, final) = (end + got, got == 0);
            }

            if (TextInput.Check(buffer.AsSpan(0, end), final, sourceName) is { } unusable)
            {
                yield return ReadResult.Of(unusable);
                yield break;
            }

            if (buffer.AsSpan(0, end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                start = 3;
            }

            var parser = new PoPathJsonParser(sourceName, _options);
            var results = new List<ReadResult>();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                start += parser.Step(buffer.AsSpan(start, end - start), final, results);
                foreach (var r in results)
                {
                    yield return r;
                }

                results.Clear();
                if (parser.Finished)
                {
                    yield break;
                }

                if (start == 0 && end == buffer.Length)
                {
                    // One value fills the buffer: grow it, up to the hard cap.
                    if (buffer.Length >= _options.HardLimit)
                    {
                        yield return ReadResult.Of(ImportDiagnostic.Error(
                            new SourceLocation(sourceName, parser.Line, Path: parser.CurrentPath),
                            $"a JSON value larger than {_options.HardLimit / (1024 * 1024)} MiB; reading stopped (expected items under the cap)"));
                        yield break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, _options.HardLimit));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    (end, start) = (end - start, 0);
                }

                var n = await input.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                (end, final) = (end + n, n == 0);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
