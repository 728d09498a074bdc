using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Json;

namespace PoPath.Import.Jira;

/// <summary>Apache DevLake raw-table CSVs (<c>id,params,data,url,input,created_at</c>), whose <c>data</c> column holds raw Jira JSON.</summary>
internal static class DevLakeCsv
{
    private static readonly byte[] Header = "\"id\",\"params\",\"data\""u8.ToArray();

    public static async Task<bool> IsDevLakeAsync(Stream input, CancellationToken cancellationToken)
    {
        if (!input.CanSeek)
        {
            return false;
        }

        var start = input.Position;
        var head = new byte[Header.Length + 3];
        var got = await input.ReadAtLeastAsync(head, head.Length, false, cancellationToken).ConfigureAwait(false);
        input.Position = start;
        var span = head.AsSpan(0, got);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return span.StartsWith(Header) || span.StartsWith("id,params,data"u8);
    }

    public static async IAsyncEnumerable<HistoryRecord> ReadAsync(JiraHistoryReader reader, Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(input, Encoding.UTF8, true, 64 * 1024, leaveOpen: true);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        if (!await csv.ReadAsync().ConfigureAwait(false) || !csv.ReadHeader())
        {
            yield break;
        }

        while (await csv.ReadAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = csv.Parser.RawRow;
            var at = new SourceLocation(sourceName, line, null, "data");
            var data = csv.GetField("data");
            JsonElement element;
            string? error = null;
            try
            {
                element = JsonElement.Parse(data ?? "");
            }
            catch (JsonException ex)
            {
                element = default;
                error = ex.Message;
            }

            if (error is not null)
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"the data column is not valid JSON ({error}); row skipped"));
                continue;
            }

            string? issueId = null;
            if (csv.GetField("input") is { Length: > 2 } inputJson)
            {
                try
                {
                    issueId = JsonElement.Parse(inputJson).Str("issue_id");
                }
                catch (JsonException)
                {
                    issueId = null;
                }
            }

            foreach (var r in reader.Element(element, at, new JiraHistoryReader.Context(sourceName, issueId)))
            {
                yield return r;
            }
        }
    }
}
