using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.Import;
using PoPath.Core.Insights;
using PoPath.Core.Model;

namespace PoPath.Import.Feedback;

/// <summary>Reads customer feedback from CSV (with a header row) or JSON (an array, an object with an array, or JSON lines).</summary>
/// <remarks>
/// Columns and properties are matched by <see cref="FeedbackColumns"/>. A row without text, with a duplicate id or an
/// over-long field is reported with its line (CSV) or JSON path and skipped; the others are kept. Files over
/// <see cref="FeedbackReadOptions.MaxFileBytes"/> or with more than <see cref="FeedbackReadOptions.MaxEntries"/> rows
/// are refused as a whole. Texts are kept verbatim: they are untrusted and only ever quoted.
/// </remarks>
public static class FeedbackReader
{
    /// <summary>Reads a file; the format comes from the extension (.csv, .tsv, .json, .jsonl, .ndjson) or, failing that, the first character.</summary>
    public static async Task<FeedbackFile> ReadAsync(string path, FeedbackReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FeedbackReadOptions();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        var name = Path.GetFileName(path);
        if (info.Length > options.MaxFileBytes)
        {
            return Refused(name, $"the file is {info.Length:N0} bytes, more than the limit of {options.MaxFileBytes:N0}");
        }

        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return Read(name, text, options);
    }

    /// <summary>Reads feedback from text already in memory; <paramref name="name"/> is used in locations.</summary>
    public static FeedbackFile Read(string name, string text, FeedbackReadOptions? options = null)
    {
        options ??= new FeedbackReadOptions();
        var builder = new EntryBuilder(name, options);
        var ext = Path.GetExtension(name).ToLowerInvariant();
        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var json = ext is ".json" or ".jsonl" or ".ndjson" || (ext is not (".csv" or ".tsv" or ".txt") && first.Length > 0 && first[0] is '[' or '{');
        try
        {
            if (json)
            {
                ReadJson(name, text, ext is ".jsonl" or ".ndjson" || LooksLikeJsonLines(first), builder);
            }
            else
            {
                ReadCsv(name, text, ext == ".tsv" ? "\t" : null, builder);
            }
        }
        catch (TooManyEntriesException)
        {
            return Refused(name, $"more than {options.MaxEntries:N0} entries; split the file or raise the limit");
        }

        return new FeedbackFile(name, builder.Entries, builder.Diagnostics);
    }

    private static FeedbackFile Refused(string name, string message) =>
        new(name, [], [ImportDiagnostic.Error(new SourceLocation(name), message)]);

    private static bool LooksLikeJsonLines(string first)
    {
        if (first.Length == 0 || first[0] != '{')
        {
            return false;
        }

        // An object per line: the first line closes its own object.
        var line = first.Split('\n', 2)[0].Trim();
        return line.EndsWith('}') && first.Contains('\n', StringComparison.Ordinal) && first.Split('\n', 3).Length > 1 &&
            first.Split('\n', 3)[1].TrimStart().StartsWith('{');
    }

    private static void ReadCsv(string name, string text, string? delimiter, EntryBuilder builder)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            MissingFieldFound = null,
            DetectDelimiter = delimiter is null,
            Delimiter = delimiter ?? ",",
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            builder.Error(new SourceLocation(name, 1), "the file is empty; expected a header row with at least a text column");
            return;
        }

        var map = new Dictionary<int, FeedbackField>();
        for (var i = 0; i < header.Length; i++)
        {
            if (FeedbackColumns.TryResolve(header[i], out var field) && !map.ContainsValue(field))
            {
                map[i] = field;
            }
        }

        if (!map.ContainsValue(FeedbackField.Text))
        {
            builder.Error(new SourceLocation(name, 1),
                $"no text column in the header ({string.Join(", ", header)}); expected one of: {string.Join(", ", FeedbackColumns.NamesOf(FeedbackField.Text))}");
            return;
        }

        while (csv.Read())
        {
            // RawRow is the record's last line; a quoted text with line breaks started earlier.
            var raw = csv.Parser.RawRecord.TrimEnd('\r', '\n');
            var line = csv.Parser.RawRow - raw.Count(c => c == '\n');
            var values = new Dictionary<FeedbackField, string>();
            foreach (var (index, field) in map)
            {
                if (csv.TryGetField<string>(index, out var v) && !string.IsNullOrWhiteSpace(v))
                {
                    values[field] = v;
                }
            }

            builder.Add(values, new SourceLocation(name, line), f => $"column \"{header[map.First(p => p.Value == f).Key]}\"");
        }
    }

    private static void ReadJson(string name, string text, bool lines, EntryBuilder builder)
    {
        if (lines)
        {
            var number = 0;
            foreach (var raw in text.Split('\n'))
            {
                number++;
                if (string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                try
                {
                    using var doc = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 16 });
                    Element(doc.RootElement, new SourceLocation(name, number, Path: "$"), builder);
                }
                catch (JsonException e)
                {
                    builder.Error(new SourceLocation(name, number), $"not a JSON object: {e.Message}");
                }
            }

            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            builder.Error(new SourceLocation(name, e.LineNumber is { } l ? (int)l + 1 : null, e.BytePositionInLine is { } c ? (int)c + 1 : null), $"not valid JSON: {e.Message}");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var path = "$";
            if (root.ValueKind == JsonValueKind.Object)
            {
                var list = root.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.Array &&
                    p.Name.ToLowerInvariant() is "feedback" or "entries" or "items" or "data" or "responses" or "reviews");
                if (list.Value.ValueKind != JsonValueKind.Array)
                {
                    builder.Error(new SourceLocation(name, Path: "$"), "expected an array of feedback objects, or an object with a \"feedback\" (or \"entries\") array");
                    return;
                }

                path = $"$.{list.Name}";
                root = list.Value;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                builder.Error(new SourceLocation(name, Path: "$"), $"expected an array of feedback objects, found {root.ValueKind.ToString().ToLowerInvariant()}");
                return;
            }

            var i = 0;
            foreach (var e in root.EnumerateArray())
            {
                Element(e, new SourceLocation(name, Path: $"{path}[{i++}]"), builder);
            }
        }
    }

    private static void Element(JsonElement e, SourceLocation at, EntryBuilder builder)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            builder.Error(at, $"expected an object, found {e.ValueKind.ToString().ToLowerInvariant()}");
            return;
        }

        var values = new Dictionary<FeedbackField, string>();
        var names = new Dictionary<FeedbackField, string>();
        foreach (var p in e.EnumerateObject())
        {
            if (!FeedbackColumns.TryResolve(p.Name, out var field) || values.ContainsKey(field))
            {
                continue;
            }

            var value = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[field] = value;
                names[field] = p.Name;
            }
        }

        builder.Add(values, at, f => $"{at.Path}.{names[f]}");
    }

    private sealed class TooManyEntriesException : Exception;

    /// <summary>Turns field values into entries, checking each and remembering ids to refuse duplicates.</summary>
    private sealed class EntryBuilder(string name, FeedbackReadOptions options)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private int _rows;

        public List<FeedbackEntry> Entries { get; } = [];

        public List<ImportDiagnostic> Diagnostics { get; } = [];

        public void Error(SourceLocation at, string message) => Diagnostics.Add(ImportDiagnostic.Error(at, message));

        public void Add(Dictionary<FeedbackField, string> values, SourceLocation at, Func<FeedbackField, string> where)
        {
            if (++_rows > options.MaxEntries)
            {
                throw new TooManyEntriesException();
            }

            if (!values.TryGetValue(FeedbackField.Text, out var text))
            {
                Error(at, "no text; the row is skipped");
                return;
            }

            if (text.Length > options.MaxTextLength)
            {
                Error(at, $"{where(FeedbackField.Text)}: the text has {text.Length:N0} characters, more than the limit of {options.MaxTextLength:N0}; the row is skipped");
                return;
            }

            foreach (var f in new[] { FeedbackField.Id, FeedbackField.Source, FeedbackField.Customer, FeedbackField.Segment })
            {
                if (values.TryGetValue(f, out var v) && v.Length > options.MaxFieldLength)
                {
                    Error(at, $"{where(f)}: {v.Length:N0} characters, more than the limit of {options.MaxFieldLength}; the row is skipped");
                    return;
                }
            }

            // Without an id column the position is the id, so quotes can still be traced to a row.
            var id = values.TryGetValue(FeedbackField.Id, out var given) ? given.Trim() : at.Line is { } l ? $"L{l}" : $"#{_rows}";
            if (!_ids.Add(id))
            {
                Error(at, $"{(values.ContainsKey(FeedbackField.Id) ? where(FeedbackField.Id) : "id")}: duplicate id \"{id}\"; the row is skipped");
                return;
            }

            DateTimeOffset? date = null;
            if (values.TryGetValue(FeedbackField.Date, out var d))
            {
                if (DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    Diagnostics.Add(ImportDiagnostic.Warning(at, $"{where(FeedbackField.Date)}: \"{Shorten(d)}\" is not a date (expected e.g. 2026-03-31 or 2026-03-31T09:30:00Z); the date is left empty"));
                }
            }

            Entries.Add(new FeedbackEntry
            {
                Id = id,
                Text = text,
                Source = values.GetValueOrDefault(FeedbackField.Source)?.Trim(),
                Date = date,
                Customer = values.GetValueOrDefault(FeedbackField.Customer)?.Trim(),
                Segment = values.GetValueOrDefault(FeedbackField.Segment)?.Trim(),
                Location = at.Line is null && at.Path is null ? new SourceLocation(name) : at,
            });
        }

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
    }
}
