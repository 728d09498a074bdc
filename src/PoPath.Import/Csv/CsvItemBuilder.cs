using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.Csv;

/// <summary>Turns one CSV record into a backlog item, reporting each cell it cannot use.</summary>
internal sealed class CsvItemBuilder(ColumnMap map, string sourceName, ImportOptions options, bool rankIsText)
{
    private static readonly char[] LabelSeparators = [',', ';', '|', '\n', '\r'];
    private static readonly char[] SprintSeparators = [';', '|', '\n', '\r'];
    private static readonly char[] KeySeparators = [',', ';', '|', ' ', '\t', '\n', '\r'];
    private static readonly char[] LinkSeparators = [',', ';', '|', '\n', '\r'];

    private CsvRecord _record;
    private List<ImportDiagnostic> _diagnostics = [];

    /// <summary>The item of <paramref name="record"/>, or null when the row is skipped (the reason is in <paramref name="diagnostics"/>).</summary>
    /// <param name="dataRow">The 1-based data-row number: the id when the file has no id column.</param>
    public BacklogItem? Build(CsvRecord record, int dataRow, List<ImportDiagnostic> diagnostics, out RankKey rank)
    {
        (_record, _diagnostics, rank) = (record, diagnostics, default);
        if (!FieldsFit())
        {
            return null;
        }

        var title = Scalar(CsvColumn.Title, out _);
        if (title is null)
        {
            Warn(map.Of(CsvColumn.Title)[0], "empty title; row skipped (expected a one-line summary)");
            return null;
        }

        string id;
        if (map.Has(CsvColumn.Id))
        {
            var key = Scalar(CsvColumn.Id, out _);
            if (key is null)
            {
                Warn(map.Of(CsvColumn.Id)[0], "empty id; row skipped (expected the item's key)");
                return null;
            }

            id = key;
        }
        else
        {
            id = dataRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        WarnExtraFields();
        rank = ReadRank();
        var wsjf = new WsjfInputs(Number(CsvColumn.BusinessValue), Number(CsvColumn.TimeCriticality), Number(CsvColumn.RiskReduction), Number(CsvColumn.JobSize));
        return new BacklogItem
        {
            Id = id,
            Title = title,
            Description = Scalar(CsvColumn.Description, out _),
            AcceptanceCriteria = Scalar(CsvColumn.AcceptanceCriteria, out _),
            Type = Scalar(CsvColumn.Type, out _),
            Status = Scalar(CsvColumn.Status, out _),
            Priority = Scalar(CsvColumn.Priority, out _),
            DueDate = Date(CsvColumn.DueDate),
            Links = Links(),
            Labels = Split(CsvColumn.Labels, LabelSeparators),
            StoryPoints = Number(CsvColumn.StoryPoints),
            Wsjf = wsjf is { BusinessValue: null, TimeCriticality: null, RiskReduction: null, JobSize: null } ? null : wsjf,
            Sprints = Split(CsvColumn.Sprint, SprintSeparators),
            Created = DateTime(CsvColumn.Created),
            Updated = DateTime(CsvColumn.Updated),
            Reporter = Scalar(CsvColumn.Reporter, out _),
            Assignee = Scalar(CsvColumn.Assignee, out _),
            Source = new SourceLocation(sourceName, record.Line),
        };
    }

    private bool FieldsFit()
    {
        var line = _record.Line;
        var fields = _record.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length > options.MaxFieldLength)
            {
                var header = i < map.Headers.Length ? $" ({map.Headers[i]})" : "";
                _diagnostics.Add(ImportDiagnostic.Warning(
                    new SourceLocation(sourceName, line, i + 1),
                    $"field{header} is {fields[i].Length:N0} characters, over the cap of {options.MaxFieldLength:N0}; row skipped"));
                return false;
            }

            line += CsvText.LineBreaks(fields[i]);
        }

        return true;
    }

    private void WarnExtraFields()
    {
        var fields = _record.Fields;
        for (var i = map.Headers.Length; i < fields.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(fields[i]))
            {
                _diagnostics.Add(ImportDiagnostic.Warning(
                    new SourceLocation(sourceName, _record.Line, i + 1),
                    $"row has {fields.Length} fields but the header has {map.Headers.Length}; the extra fields are ignored"));
                return;
            }
        }
    }

    private string? Cell(int index) => index < _record.Fields.Length ? _record.Fields[index] : null;

    /// <summary>The first non-blank cell of <paramref name="column"/>, left to right, trimmed.</summary>
    private string? Scalar(CsvColumn column, out ColumnBinding from)
    {
        foreach (var b in map.Of(column))
        {
            if (Cell(b.Index) is { } s && !string.IsNullOrWhiteSpace(s))
            {
                from = b;
                return s.Trim();
            }
        }

        from = default;
        return null;
    }

    private double? Number(CsvColumn column)
    {
        if (Scalar(column, out var from) is not { } s)
        {
            return null;
        }

        if (ValueParser.TryParseNumber(s, out var value))
        {
            return value;
        }

        Warn(from, $"cannot read {ValueParser.Quote(s)} as a number; field dropped (expected e.g. 5 or 0.5)");
        return null;
    }

    private DateOnly? Date(CsvColumn column)
    {
        if (Scalar(column, out var from) is not { } s)
        {
            return null;
        }

        if (ValueParser.TryParseDate(s, out var value))
        {
            return value;
        }

        WarnDate(from, s);
        return null;
    }

    private DateTimeOffset? DateTime(CsvColumn column)
    {
        if (Scalar(column, out var from) is not { } s)
        {
            return null;
        }

        if (ValueParser.TryParseDateTime(s, out var value))
        {
            return value;
        }

        WarnDate(from, s);
        return null;
    }

    private void WarnDate(ColumnBinding from, string s) =>
        Warn(from, $"cannot read {ValueParser.Quote(s)} as a date; field dropped (expected ISO 8601 such as 2024-03-12 or 2024-03-12T09:41:00Z, or 12/Mar/24 9:41 AM, 2024-03-12 09:41, 03/12/2024)");

    private RankKey ReadRank()
    {
        if (Scalar(CsvColumn.Rank, out var from) is not { } s)
        {
            return default;
        }

        if (ValueParser.TryParseNumber(s, out var value))
        {
            return new RankKey(value, null);
        }

        if (rankIsText)
        {
            return new RankKey(null, s);
        }

        Warn(from, $"cannot read {ValueParser.Quote(s)} as a rank number; the item goes after the ranked ones");
        return default;
    }

    private string[] Split(CsvColumn column, char[] separators)
    {
        List<string>? values = null;
        foreach (var b in map.Of(column))
        {
            if (Cell(b.Index) is not { Length: > 0 } s)
            {
                continue;
            }

            foreach (var part in s.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                values ??= [];
                if (!values.Contains(part))
                {
                    values.Add(part);
                }
            }
        }

        return values?.ToArray() ?? [];
    }

    private ItemLink[] Links()
    {
        List<ItemLink>? links = null;
        void Add(ItemLink link)
        {
            links ??= [];
            if (!links.Contains(link))
            {
                links.Add(link);
            }
        }

        foreach (var b in map.Of(CsvColumn.Links))
        {
            foreach (var part in (Cell(b.Index) ?? "").Split(LinkSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = part.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                var kind = words.Length == 1 ? "relates to" : string.Join(' ', words[..^1]).ToLowerInvariant();
                Add(new ItemLink(kind, words[^1]));
            }
        }

        foreach (var column in (ReadOnlySpan<CsvColumn>)[CsvColumn.Blocks, CsvColumn.TypedLink])
        {
            foreach (var b in map.Of(column))
            {
                foreach (var key in (Cell(b.Index) ?? "").Split(KeySeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(new ItemLink(b.LinkKind ?? "blocks", key));
                }
            }
        }

        return links?.ToArray() ?? [];
    }

    private void Warn(ColumnBinding at, string message) =>
        _diagnostics.Add(ImportDiagnostic.Warning(new SourceLocation(sourceName, _record.Line, at.Index + 1), $"{at.Header}: {message}"));
}
