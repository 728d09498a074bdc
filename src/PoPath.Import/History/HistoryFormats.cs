using PoPath.Import.AzureDevOps;
using PoPath.Import.GitHub;
using PoPath.Import.Jira;
using PoPath.Import.Linear;

namespace PoPath.Import.History;

/// <summary>The history formats PoPath reads, in the order auto-detection asks them.</summary>
public static class HistoryFormats
{
    public static HistoryFormat AdoJson { get; } = new(
        AdoHistoryReader.FormatId,
        "Azure DevOps REST JSON (work items, updates, revisions, reporting revisions, team iterations)",
        FormatFamily.Json,
        s => s.Text.Contains("\"System.", StringComparison.Ordinal)
            || s.Text.Contains("\"workItemId\"", StringComparison.Ordinal)
            || s.Text.Contains("/_apis/work/teamsettings/iterations", StringComparison.Ordinal)
            || (s.Text.Contains("\"attributes\"", StringComparison.Ordinal) && s.Text.Contains("\"finishDate\"", StringComparison.Ordinal)),
        o => new AdoHistoryReader(o));

    public static HistoryFormat JiraJson { get; } = new(
        JiraHistoryReader.FormatId,
        "Jira REST JSON (search results or issues with changelog, changelog pages, bulk changelogs, sprints, field list; DevLake raw CSV)",
        FormatFamily.Json,
        s => s.Text.Contains("\"fields\"", StringComparison.Ordinal) && s.Text.Contains("\"key\"", StringComparison.Ordinal)
            || s.Text.Contains("\"issueChangeLogs\"", StringComparison.Ordinal)
            || s.Text.Contains("\"histories\"", StringComparison.Ordinal)
            || s.Text.Contains("greenhopper", StringComparison.Ordinal)
            || s.Text.Contains("\"originBoardId\"", StringComparison.Ordinal)
            || (s.Text.Contains("\"items\"", StringComparison.Ordinal)
                && (s.Text.Contains("\"fieldtype\"", StringComparison.Ordinal) || s.Text.Contains("\"fieldId\"", StringComparison.Ordinal))),
        o => new JiraHistoryReader(o));

    /// <summary>Apache DevLake's raw Jira tables: CSV whose <c>data</c> column holds Jira JSON; read by the <c>jira-json</c> reader.</summary>
    public static HistoryFormat DevLakeJira { get; } = JiraJson with
    {
        Family = FormatFamily.Delimited,
        Recognises = s => s.HasHeader("params") && s.HasHeader("data") && s.HasHeader("input"),
    };

    public static HistoryFormat GitHubJson { get; } = new(
        GitHubHistoryReader.FormatId,
        "GitHub REST JSON (issues, timeline or issue events, milestones)",
        FormatFamily.Json,
        s => s.Text.Contains("\"node_id\"", StringComparison.Ordinal) || s.Text.Contains("api.github.com", StringComparison.Ordinal),
        o => new GitHubHistoryReader(o));

    public static HistoryFormat LinearCsv { get; } = new(
        LinearCsvReader.FormatId,
        "Linear CSV export (ID, Title, Status, Cycle Number, Cycle Name … columns)",
        FormatFamily.Delimited,
        s => s.HasHeader("Title") && (s.HasHeader("Cycle Number") || s.HasHeader("Cycle Name")),
        _ => new LinearCsvReader());

    /// <summary>Every format, in detection order.</summary>
    public static IReadOnlyList<HistoryFormat> All { get; } = [AdoJson, JiraJson, GitHubJson, DevLakeJira, LinearCsv];
}
