using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.Text;

/// <summary>Reads one story per line (format <c>text</c>): blank lines skipped, lines trimmed, ids <c>L&lt;line&gt;</c>.</summary>
/// <remarks>
/// Ids use the physical line number, blank lines included, so a message points at the line in an editor.
/// UTF-8 with or without a BOM; Windows-1252 from the first invalid byte on, with one warning.
/// </remarks>
public sealed class PlainTextReader(ImportOptions? options = null) : IBacklogReader
{
    public const string FormatId = "text";

    private readonly ImportOptions _options = options ?? ImportOptions.Default;

    public string Format => FormatId;

    public async IAsyncEnumerable<ReadResult> ReadAsync(
        Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (text, error) = await TextInput.OpenAsync(input, sourceName, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            yield return ReadResult.Of(error!);
            yield break;
        }

        using var reader = text;
        var fallback = new FallbackNotice(text, sourceName);
        var lines = new LineSplitter(_options.MaxFieldLength);
        var buffer = new char[16 * 1024];
        var results = new List<ReadResult>();
        var rank = 0;
        int n;
        do
        {
            n = await text.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (fallback.Take() is { } notice)
            {
                yield return ReadResult.Of(notice);
            }

            foreach (var (line, number, length) in n > 0 ? lines.Push(buffer.AsSpan(0, n)) : lines.End())
            {
                var at = new SourceLocation(sourceName, number);
                if (line is null)
                {
                    results.Add(ReadResult.Of(ImportDiagnostic.Warning(
                        at, $"line is {length:N0} characters, over the cap of {_options.MaxFieldLength:N0}; skipped (expected one story per line)")));
                    continue;
                }

                var title = line.Trim();
                if (title.Length > 0)
                {
                    results.Add(ReadResult.Of(new BacklogItem
                    {
                        Id = "L" + number.ToString(CultureInfo.InvariantCulture),
                        Title = title,
                        Rank = ++rank,
                        Source = at,
                    }));
                }
            }

            foreach (var r in results)
            {
                yield return r;
            }

            results.Clear();
        }
        while (n > 0);

        if (rank == 0)
        {
            yield return ReadResult.Of(ImportDiagnostic.Error(new SourceLocation(sourceName), $"{TextInput.EmptyMessage} (no non-blank line)"));
        }
    }

    /// <summary>Splits text pushed in blocks into lines at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, capping line length.</summary>
    private sealed class LineSplitter(int maxLength)
    {
        private readonly StringBuilder _line = new();
        private readonly List<(string? Line, int Number, int Length)> _done = [];
        private int _number = 1;
        private int _length;
        private bool _skipLineFeed;

        /// <summary>The lines completed by <paramref name="block"/>; a null line is one over the cap.</summary>
        public List<(string? Line, int Number, int Length)> Push(ReadOnlySpan<char> block)
        {
            _done.Clear();
            var pos = 0;
            if (_skipLineFeed && block.Length > 0)
            {
                _skipLineFeed = false;
                pos = block[0] == '\n' ? 1 : 0;
            }

            while (pos < block.Length)
            {
                var rest = block[pos..];
                var end = rest.IndexOfAny('\r', '\n');
                var chunk = end < 0 ? rest : rest[..end];
                if (_length + chunk.Length <= maxLength)
                {
                    _line.Append(chunk);
                }

                _length += chunk.Length;
                if (end < 0)
                {
                    break;
                }

                pos += end + 1;
                if (rest[end] == '\r')
                {
                    if (pos < block.Length)
                    {
                        pos += block[pos] == '\n' ? 1 : 0;
                    }
                    else
                    {
                        _skipLineFeed = true;
                    }
                }

                Complete();
            }

            return _done;
        }

        /// <summary>The last line, when the text does not end with a line break.</summary>
        public List<(string? Line, int Number, int Length)> End()
        {
            _done.Clear();
            if (_length > 0)
            {
                Complete();
            }

            return _done;
        }

        private void Complete()
        {
            _done.Add((_length <= maxLength ? _line.ToString() : null, _number++, _length));
            _line.Clear();
            _length = 0;
        }
    }
}
