using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.Csv;

/// <summary>CsvHelper's parser with physical line numbers and malformed quoting turned into diagnostics.</summary>
internal sealed class CsvRecordSource : IDisposable
{
    private readonly CsvParser _parser;
    private readonly string _sourceName;
    private readonly char _delimiter;
    private readonly long _hardLimit;
    private (string Field, string RawRecord)? _badData;

    public CsvRecordSource(TextReader text, char delimiter, string sourceName, ImportOptions options)
    {
        _sourceName = sourceName;
        _delimiter = delimiter;
        _hardLimit = options.HardLimit;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            MaxFieldSize = options.HardLimit,
            BadDataFound = args => _badData ??= (args.Field, args.RawRecord),
        };
        _parser = new CsvParser(text, config, leaveOpen: true);
    }

    /// <summary>The next record; a warning (with or without a record) for a row that was repaired or dropped; an error that ends reading; or nothing at the end.</summary>
    public async ValueTask<(CsvRecord? Record, ImportDiagnostic? Diagnostic)> NextAsync()
    {
        _badData = null;
        bool more;
        try
        {
            more = await _parser.ReadAsync().ConfigureAwait(false);
        }
        catch (MaxFieldSizeException)
        {
            return (null, ImportDiagnostic.Error(
                At(_parser.RawRow),
                $"a field is longer than {_hardLimit / (1024 * 1024)} MiB characters; reading stopped (expected fields under the cap)"));
        }
        catch (CsvHelperException ex)
        {
            return (null, ImportDiagnostic.Error(At(_parser.RawRow), $"cannot parse CSV: {ex.Message.Split('\n')[0]}"));
        }

        if (!more)
        {
            return (null, null);
        }

        var fields = _parser.Record ?? [];
        var breaks = 0;
        foreach (var f in fields)
        {
            breaks += CsvText.LineBreaks(f);
        }

        var record = new CsvRecord(fields, _parser.RawRow - breaks);
        return _badData is { } bad ? (record, Judge(record, bad.Field, bad.RawRecord)) : (record, null);
    }

    private ImportDiagnostic? Judge(CsvRecord record, string rawField, string rawRecord)
    {
        if (!rawField.StartsWith('"'))
        {
            // A quote inside an unquoted field ("12" screen") is kept as written; nothing was lost.
            return null;
        }

        var offset = Math.Max(0, rawRecord.IndexOf(rawField, StringComparison.Ordinal));
        var line = record.Line + CsvText.LineBreaks(rawRecord.AsSpan(0, offset));
        var column = CsvText.FieldIndexAt(rawRecord, offset, _delimiter) + 1;
        var at = new SourceLocation(_sourceName, line, column);
        if (!CsvText.IsClosed(rawField))
        {
            return ImportDiagnostic.Error(at, $"unbalanced quotes: the quoted field that starts on line {line} (column {column}) is never closed; expected a closing \" before the end of the file");
        }

        if (CsvText.LineBreaks(rawField) > 0)
        {
            return ImportDiagnostic.Error(at, $"unbalanced quotes: the quoted field that starts on line {line} (column {column}) runs over {CsvText.LineBreaks(rawField) + 1} lines and has text after its closing quote; expected a quote to be doubled (\"\") inside a quoted field");
        }

        return ImportDiagnostic.Warning(at, $"text after the closing quote of a quoted field; read as {ValueParser.Quote(record.Fields.ElementAtOrDefault(column - 1) ?? "")} (expected \"\" for a quote inside a quoted field)");
    }

    private SourceLocation At(long line) => new(_sourceName, (int)line);

    public void Dispose() => _parser.Dispose();
}
