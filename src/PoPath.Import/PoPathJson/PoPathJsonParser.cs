using System.Text.Json;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.PoPathJson;

/// <summary>
/// The PoPath JSON state machine over a growing window of bytes: walks the top-level object, and hands each
/// complete element of <c>items</c> to <see cref="PoPathJsonItemMapper"/>.
/// </summary>
/// <remarks>
/// Every step starts from a copy of the reader (a checkpoint) and rolls back to it when the window ends inside
/// a value, so a value is only acted on once it is wholly in the window.
/// </remarks>
internal sealed class PoPathJsonParser(string sourceName, ImportOptions options)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly PoPathJsonItemMapper _mapper = new(sourceName, options);
    private readonly HashSet<string> _unknownTopLevel = new(StringComparer.Ordinal);
    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.Start;
    private int _index;
    private bool _sawVersion;

    // Lines are counted as the window advances: Utf8JsonReader tracks them but does not expose them.
    private int _linesBefore;
    private int _scanned;
    private int _lines;

    private enum Phase
    {
        Start,
        TopLevel,
        Items,
        End,
        Finished,
    }

    public bool Finished => _phase == Phase.Finished;

    /// <summary>The 1-based line where the unconsumed window starts.</summary>
    public int Line => _linesBefore + 1;

    /// <summary>The JSON path of the value being read, for messages.</summary>
    public string CurrentPath => _phase == Phase.Items ? $"$.items[{_index}]" : "$";

    /// <summary>Reads what <paramref name="window"/> completes; returns the bytes consumed.</summary>
    public int Step(ReadOnlySpan<byte> window, bool final, List<ReadResult> output)
    {
        var reader = new Utf8JsonReader(window, final, _state);
        (_scanned, _lines) = (0, _linesBefore);
        try
        {
            while (_phase != Phase.Finished)
            {
                var checkpoint = reader;
                if (!Advance(ref reader, window, output))
                {
                    reader = checkpoint;
                    if (final)
                    {
                        Finish(output, _phase == Phase.End ? null : "the input ends before the top-level object is closed", LineAt(window, window.Length), 1);
                    }

                    break;
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            Finish(output, cut > 0 ? reason[..cut].TrimEnd() : reason, line, column);
            return window.Length;
        }

        _state = reader.CurrentState;
        var consumed = (int)reader.BytesConsumed;
        _linesBefore = LineAt(window, consumed) - 1;
        return consumed;
    }

    /// <summary>The 1-based line of <paramref name="offset"/> in the window, counting from the last offset asked for.</summary>
    private int LineAt(ReadOnlySpan<byte> window, long offset)
    {
        var to = (int)offset;
        _lines += to >= _scanned ? window[_scanned..to].Count((byte)'\n') : -window[to.._scanned].Count((byte)'\n');
        _scanned = to;
        return _lines + 1;
    }

    private bool Advance(ref Utf8JsonReader reader, ReadOnlySpan<byte> window, List<ReadResult> output)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (_phase)
        {
            case Phase.Start when reader.TokenType == JsonTokenType.StartObject:
                _phase = Phase.TopLevel;
                return true;
            case Phase.Start:
                Fail(output, LineAt(window, reader.TokenStartIndex), "$", $"expected a JSON object {{\"popath\": \"{PoPathJsonReader.Version}\", \"items\": [...]}}, found {PoPathJsonItemMapper.Describe(reader.TokenType)}");
                return true;
            case Phase.TopLevel when reader.TokenType == JsonTokenType.EndObject:
                _phase = Phase.End;
                if (!_sawVersion)
                {
                    Fail(output, LineAt(window, reader.TokenStartIndex), "$.popath", $"missing \"popath\": \"{PoPathJsonReader.Version}\" (expected it to mark a PoPath backlog)");
                }

                return true;
            case Phase.TopLevel:
                return TopLevelProperty(ref reader, window, output);
            case Phase.Items when reader.TokenType == JsonTokenType.EndArray:
                _phase = Phase.TopLevel;
                return true;
            case Phase.Items:
                var start = reader.TokenStartIndex;
                var isObject = reader.TokenType == JsonTokenType.StartObject;
                var kind = reader.TokenType;
                if (!reader.TrySkip())
                {
                    return false;
                }

                var line = LineAt(window, start);
                var path = $"$.items[{_index++}]";
                if (isObject)
                {
                    _mapper.Map(window[(int)start..(int)reader.BytesConsumed], path, line, output);
                }
                else
                {
                    output.Add(ReadResult.Of(ImportDiagnostic.Warning(At(line, path), $"{path}: expected an item object, found {PoPathJsonItemMapper.Describe(kind)}; skipped")));
                }

                return true;
            default:
                // After the top-level object only whitespace may follow; the reader throws on anything else.
                _phase = Phase.Finished;
                return true;
        }
    }

    private bool TopLevelProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> window, List<ReadResult> output)
    {
        var name = reader.GetString()!;
        if (!reader.Read())
        {
            return false;
        }

        var line = LineAt(window, reader.TokenStartIndex);
        var token = reader.TokenType;
        var text = token == JsonTokenType.String ? reader.GetString() : null;
        if (name == "items" && token == JsonTokenType.StartArray)
        {
            _phase = Phase.Items;
            return true;
        }

        if (!reader.TrySkip())
        {
            return false;
        }

        switch (name)
        {
            case "popath" when text == PoPathJsonReader.Version:
                _sawVersion = true;
                break;
            case "popath":
                var found = text is null ? PoPathJsonItemMapper.Describe(token) : ValueParser.Quote(text);
                Fail(output, line, "$.popath", $"$.popath: expected \"{PoPathJsonReader.Version}\", found {found}");
                break;
            case "items":
                Fail(output, line, "$.items", $"$.items: expected an array of items, found {PoPathJsonItemMapper.Describe(token)}");
                break;
            case "source" when token is JsonTokenType.String or JsonTokenType.Null:
                break;
            case "source":
                output.Add(ReadResult.Of(ImportDiagnostic.Warning(At(line, "$.source"), $"$.source: expected a string, found {PoPathJsonItemMapper.Describe(token)}; ignored")));
                break;
            default:
                if (_unknownTopLevel.Add(name))
                {
                    output.Add(ReadResult.Of(ImportDiagnostic.Warning(At(line, $"$.{name}"), $"$.{name}: unknown property \"{name}\", ignored (expected popath, source, items)")));
                }

                break;
        }

        return true;
    }

    private void Fail(List<ReadResult> output, int line, string path, string message)
    {
        output.Add(ReadResult.Of(ImportDiagnostic.Error(At(line, path), message)));
        _phase = Phase.Finished;
    }

    private void Finish(List<ReadResult> output, string? problem, int line, int column)
    {
        if (problem is not null && _phase != Phase.Finished)
        {
            output.Add(ReadResult.Of(ImportDiagnostic.Error(
                new SourceLocation(sourceName, line, column, CurrentPath),
                $"truncated or malformed JSON at line {line}, byte {column}: {problem}")));
        }

        _phase = Phase.Finished;
    }

    private SourceLocation At(int line, string path) => new(sourceName, line, Path: path);
}
