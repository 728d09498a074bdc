using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PoPath.Import.Json;

/// <summary>Streams a JSON document as its top-level parts, splitting the large arrays element by element.</summary>
/// <remarks>
/// A top-level array is streamed element by element; in a top-level object, the arrays under the given property names
/// (<c>issues</c>, <c>values</c> …) are streamed and every other property is one part. Only one element is held at a
/// time, so memory stays flat in the number of elements. Duplicate property names inside an element are an error, as
/// are truncated or malformed JSON and an element larger than the hard limit: the last part carries the error.
/// </remarks>
internal static class JsonStream
{
    private const int StartBuffer = 64 * 1024;

    private static readonly JsonDocumentOptions ElementOptions = new() { AllowDuplicateProperties = false, MaxDepth = 128 };

    public static async IAsyncEnumerable<JsonPart> ReadAsync(
        Stream input,
        IReadOnlySet<string> streamedArrays,
        long hardLimit,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parser = new Splitter(streamedArrays);
        var buffer = new byte[StartBuffer];
        var length = 0;
        var final = false;
        var parts = new List<JsonPart>();
        while (true)
        {
            while (!final && length < buffer.Length)
            {
                var got = await input.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                final = got == 0;
                length += got;
            }

            var consumed = parser.Step(buffer.AsSpan(0, length), final, parts);
            foreach (var part in parts)
            {
                yield return part;
                if (part.Error is not null)
                {
                    yield break;
                }
            }

            parts.Clear();
            if (parser.Done)
            {
                yield break;
            }

            if (consumed == 0 && final)
            {
                yield return new JsonPart(null, -1, default, parser.Line, "the JSON ends too early (truncated input?)");
                yield break;
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (length == buffer.Length)
            {
                if (buffer.Length >= hardLimit)
                {
                    yield return new JsonPart(null, -1, default, parser.Line, $"one JSON value is larger than {hardLimit / (1024 * 1024)} MiB; expected smaller items");
                    yield break;
                }

                Array.Resize(ref buffer, (int)Math.Min(hardLimit, buffer.Length * 2L));
            }
        }
    }

    private sealed class Splitter(IReadOnlySet<string> streamedArrays)
    {
        private enum Mode
        {
            Root,
            Object,
            Array,
            Done,
        }

        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 128 });
        private Mode _mode = Mode.Root;
        private string? _array;
        private int _index;
        private int _lineBase = 1;

        public bool Done => _mode == Mode.Done;

        public int Line => _lineBase;

        public int Step(ReadOnlySpan<byte> data, bool final, List<JsonPart> parts)
        {
            var reader = new Utf8JsonReader(data, final, _state);
            var counted = 0;
            var lines = 0;
            var consumed = 0;
            try
            {
                while (_mode != Mode.Done)
                {
                    var savedAt = (int)reader.BytesConsumed;
                    if (!reader.Read())
                    {
                        break;
                    }

                    switch (_mode)
                    {
                        case Mode.Root when reader.TokenType == JsonTokenType.StartObject:
                            _mode = Mode.Object;
                            break;
                        case Mode.Root when reader.TokenType == JsonTokenType.StartArray:
                            (_mode, _array, _index) = (Mode.Array, null, 0);
                            break;
                        case Mode.Root:
                            lines += Count(data, ref counted, (int)reader.TokenStartIndex);
                            parts.Add(new JsonPart(null, -1, default, _lineBase + lines, $"expected a JSON object or array, found {Describe(reader.TokenType)}"));
                            _mode = Mode.Done;
                            return data.Length;
                        case Mode.Object when reader.TokenType == JsonTokenType.EndObject:
                            _mode = Mode.Done;
                            break;
                        case Mode.Object:
                            var name = reader.GetString()!;
                            if (!reader.Read())
                            {
                                consumed = savedAt;
                                goto NeedMore;
                            }

                            if (reader.TokenType == JsonTokenType.StartArray && streamedArrays.Contains(name))
                            {
                                (_mode, _array, _index) = (Mode.Array, name, 0);
                                break;
                            }

                            if (!TakeValue(ref reader, data, name, -1, ref counted, ref lines, parts))
                            {
                                consumed = savedAt;
                                goto NeedMore;
                            }

                            break;
                        case Mode.Array when reader.TokenType == JsonTokenType.EndArray:
                            _mode = _array is null ? Mode.Done : Mode.Object;
                            break;
                        case Mode.Array:
                            if (!TakeValue(ref reader, data, _array, _index, ref counted, ref lines, parts))
                            {
                                consumed = savedAt;
                                goto NeedMore;
                            }

                            _index++;
                            break;
                    }

                    consumed = (int)reader.BytesConsumed;
                    _state = reader.CurrentState;
                }

            NeedMore:
                lines += Count(data, ref counted, consumed);
                _lineBase += lines;
                return consumed;
            }
            catch (JsonException ex)
            {
                var message = final && ex.Message.Contains("end of data", StringComparison.Ordinal)
                    ? "the JSON ends too early (truncated input?)"
                    : $"malformed JSON: {Clean(ex.Message)}";
                parts.Add(new JsonPart(_array, _mode == Mode.Array ? _index : -1, default, (int)(ex.LineNumber ?? 0) + 1, message));
                _mode = Mode.Done;
                return data.Length;
            }
        }

        private bool TakeValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, string? property, int index, ref int counted, ref int lines, List<JsonPart> parts)
        {
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var probe = reader;
                if (!probe.TrySkip())
                {
                    return false;
                }

                reader = probe;
            }

            var end = (int)reader.BytesConsumed;
            lines += Count(data, ref counted, start);
            var line = _lineBase + lines;
            try
            {
                var value = JsonElement.Parse(data[start..end], ElementOptions);
                parts.Add(new JsonPart(property, index, value, line));
            }
            catch (JsonException ex)
            {
                throw new JsonException(ex.Message, ex.Path, (ex.LineNumber ?? 0) + line - 1, ex.BytePositionInLine, ex);
            }

            return true;
        }

        private static int Count(ReadOnlySpan<byte> data, ref int counted, int upTo)
        {
            if (upTo <= counted)
            {
                return 0;
            }

            var n = data[counted..upTo].Count((byte)'\n');
            counted = upTo;
            return n;
        }

        private static string Describe(JsonTokenType type) => type switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => type.ToString(),
        };

        private static string Clean(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }
    }
}
