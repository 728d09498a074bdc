using System.Runtime.CompilerServices;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.Csv;

/// <summary>The CSV reading every CSV-based format shares: decoding, delimiter detection, header binding, rows, ranks.</summary>
internal sealed class CsvBacklogEngine(ICsvDialect dialect, ImportOptions options)
{
    public async IAsyncEnumerable<ReadResult> ReadAsync(
        Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (text, error) = await TextInput.OpenAsync(input, sourceName, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            yield return ReadResult.Of(error!);
            yield break;
        }

        using var textReader = text;
        var delimiter = CsvText.DetectDelimiter(TextInput.HeadText(text.Head));
        using var records = new CsvRecordSource(text, delimiter, sourceName, options);
        var fallback = new FallbackNotice(text, sourceName);

        var (header, headerProblem) = await records.NextAsync().ConfigureAwait(false);
        if (headerProblem is { Severity: DiagnosticSeverity.Error } || header is null)
        {
            yield return ReadResult.Of(headerProblem ?? ImportDiagnostic.Error(new SourceLocation(sourceName), TextInput.EmptyMessage));
            yield break;
        }

        if (headerProblem is not null)
        {
            yield return ReadResult.Of(headerProblem);
        }

        var headerAt = new SourceLocation(sourceName, header.Value.Line);
        var map = ColumnMap.Bind(header.Value.Fields, dialect);
        if (HeaderError(map, headerAt, delimiter) is { } headerError)
        {
            yield return ReadResult.Of(headerError);
            yield break;
        }

        if (map.Unknown.Count > 0)
        {
            yield return ReadResult.Of(ImportDiagnostic.Warning(
                headerAt, $"{map.Unknown.Count} column(s) not read by the {dialect.Format} format and ignored: {map.DescribeUnknown()}"));
        }

        var builder = new CsvItemBuilder(map, sourceName, options, dialect.RankIsText);
        var ranked = map.Has(CsvColumn.Rank) ? new List<(BacklogItem Item, RankKey Key)>() : null;
        var diagnostics = new List<ImportDiagnostic>();
        var dataRows = 0;
        var rank = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (record, problem) = await records.NextAsync().ConfigureAwait(false);
            if (fallback.Take() is { } notice)
            {
                yield return ReadResult.Of(notice);
            }

            if (problem is not null)
            {
                yield return ReadResult.Of(problem);
                if (problem.Severity == DiagnosticSeverity.Error)
                {
                    yield break;
                }
            }

            if (record is null)
            {
                break;
            }

            dataRows++;
            diagnostics.Clear();
            var item = builder.Build(record.Value, dataRows, diagnostics, out var key);
            foreach (var d in diagnostics)
            {
                yield return ReadResult.Of(d);
            }

            if (item is null)
            {
                continue;
            }

            if (ranked is null)
            {
                yield return ReadResult.Of(item with { Rank = ++rank });
            }
            else
            {
                ranked.Add((item, key));
            }
        }

        if (dataRows == 0)
        {
            yield return ReadResult.Of(ImportDiagnostic.Error(headerAt, "header found but no data rows (expected one row per backlog item below the header)"));
            yield break;
        }

        // OrderBy is stable: equal ranks and blank ranks keep file order, blanks after the ranked ones.
        foreach (var (item, _) in ranked?.OrderBy(r => r.Key, Comparer<RankKey>.Create(RankKey.Compare)) ?? Enumerable.Empty<(BacklogItem, RankKey)>())
        {
            yield return ReadResult.Of(item with { Rank = ++rank });
        }
    }

    private static ImportDiagnostic? HeaderError(ColumnMap map, SourceLocation at, char delimiter)
    {
        var found = string.Join(", ", map.Headers.Select(h => $"\"{h}\""));
        var titles = string.Join(", ", CsvColumnAliases.NamesOf(CsvColumn.Title));
        if (map.IsEmpty)
        {
            var shown = ValueParser.Quote(string.Join(delimiter, map.Headers));
            return ImportDiagnostic.Error(at,
                $"no known column in the header {shown} (split at {DelimiterName(delimiter)} into {map.Headers.Length} column(s)); " +
                $"expected a header row with a title column ({titles}) and optional columns such as Issue key, Description, " +
                "Acceptance Criteria, Rank, Priority, Due date, Labels, Links, Story Points, Status; the delimiter is detected from the header among , ; tab |");
        }

        return map.Has(CsvColumn.Title)
            ? null
            : ImportDiagnostic.Error(at, $"no title column: found columns {found}; expected one named {titles} (case, spaces, _ and - ignored)");
    }

    private static string DelimiterName(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        _ => $"'{delimiter}'",
    };
}
