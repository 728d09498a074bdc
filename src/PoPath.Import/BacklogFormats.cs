using PoPath.Import.Csv;
using PoPath.Import.History;
using PoPath.Import.Jira;
using PoPath.Import.PoPathJson;
using PoPath.Import.Text;

namespace PoPath.Import;

/// <summary>The formats PoPath reads today, in the order auto-detection asks them.</summary>
/// <remarks>A new format is one more entry here: more specific formats of a family go before more general ones.</remarks>
public static class BacklogFormats
{
    public static BacklogFormat PoPathJson { get; } = new(
        PoPathJsonReader.FormatId,
        $"PoPath backlog JSON (an object with \"popath\": \"{PoPathJsonReader.Version}\")",
        FormatFamily.Json,
        s => s.Text.Contains("\"popath\"", StringComparison.Ordinal) && s.Text.AsSpan().TrimStart().StartsWith("{"),
        o => new PoPathJsonReader(o));

    public static BacklogFormat JiraCsv { get; } = new(
        JiraCsvReader.FormatId,
        "Jira CSV export (Issue key, Summary, Custom field (…) columns)",
        FormatFamily.Delimited,
        s => (s.HasHeader("Issue key") && s.HasHeader("Summary"))
            || s.HeaderCells.Any(h => h.StartsWith("Custom field (", StringComparison.OrdinalIgnoreCase)),
        o => new JiraCsvReader(o));

    public static BacklogFormat Csv { get; } = new(
        GenericCsvReader.FormatId,
        "delimited file with a header row (a Summary/Title/Name column and more, see docs/formats/csv.md)",
        FormatFamily.Delimited,
        s => s.HeaderCells.Any(h => CsvColumnAliases.TryResolve(h, out var c) && c == CsvColumn.Title),
        o => new GenericCsvReader(o));

    public static BacklogFormat Text { get; } = new(
        PlainTextReader.FormatId,
        "plain text, one story per line",
        FormatFamily.Text,
        s => s.Extension is "" or ".txt" or ".text" or ".md",
        o => new PlainTextReader(o));

    /// <summary>Azure DevOps REST JSON read as a backlog: the work items, ordered by StackRank/BacklogPriority.</summary>
    public static BacklogFormat AdoJson { get; } = FromHistory(HistoryFormats.AdoJson);

    /// <summary>Jira REST JSON read as a backlog: the issues, ordered by Rank.</summary>
    public static BacklogFormat JiraJson { get; } = FromHistory(HistoryFormats.JiraJson);

    /// <summary>GitHub issues JSON read as a backlog.</summary>
    public static BacklogFormat GitHubJson { get; } = FromHistory(HistoryFormats.GitHubJson);

    /// <summary>Linear's CSV export read as a backlog.</summary>
    public static BacklogFormat LinearCsv { get; } = FromHistory(HistoryFormats.LinearCsv);

    /// <summary>Every format, in detection order.</summary>
    public static IReadOnlyList<BacklogFormat> All { get; } = [PoPathJson, AdoJson, JiraJson, GitHubJson, LinearCsv, JiraCsv, Csv, Text];

    private static BacklogFormat FromHistory(HistoryFormat format) =>
        new(format.Id, format.Description, format.Family, format.Recognises, o => new HistoryBacklogReader(format, o));
}
