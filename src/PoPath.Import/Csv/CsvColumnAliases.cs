using System.Collections.Frozen;

namespace PoPath.Import.Csv;

/// <summary>The header names the generic CSV reader accepts, matched case-insensitively ignoring spaces, <c>_</c> and <c>-</c>.</summary>
/// <remarks>docs/formats/csv.md lists the same table; keep them together.</remarks>
internal static class CsvColumnAliases
{
    private static readonly (CsvColumn Column, string[] Names)[] Table =
    [
        (CsvColumn.Title, ["Summary", "Title", "Name", "Story", "User Story"]),
        (CsvColumn.Id, ["Issue key", "Key", "Id", "Work Item Id", "Item Id"]), // "Issue key" also matches issuekey, issue_key …
        (CsvColumn.Description, ["Description", "Body", "Details"]),
        (CsvColumn.AcceptanceCriteria, ["Acceptance Criteria", "AC"]),
        (CsvColumn.Rank, ["Rank", "Order", "Position", "Backlog Order", "Stack Rank"]),
        (CsvColumn.Priority, ["Priority"]),
        (CsvColumn.DueDate, ["Due date", "Due", "Due on", "Target date"]),
        (CsvColumn.Labels, ["Labels", "Label", "Tags", "Tag"]),
        (CsvColumn.Links, ["Links", "Issue links"]),
        (CsvColumn.Blocks, ["Blocks"]),
        (CsvColumn.StoryPoints, ["Story Points", "Points", "storypoint", "Estimate", "Story point estimate", "Effort"]),
        (CsvColumn.BusinessValue, ["Business Value", "User Business Value", "BV"]),
        (CsvColumn.TimeCriticality, ["Time Criticality", "TC"]),
        (CsvColumn.RiskReduction, [
            "Risk Reduction", "Risk Reduction Opportunity Enablement", "Risk Reduction | Opportunity Enablement",
            "Risk Reduction/Opportunity Enablement", "RR|OE", "RR/OE", "RROE"]),
        (CsvColumn.JobSize, ["Job Size"]),
        (CsvColumn.Status, ["Status", "State"]),
        (CsvColumn.Type, ["Type", "Issue Type", "Work Item Type"]),
        (CsvColumn.Sprint, ["Sprint", "Sprints", "Iteration"]),
        (CsvColumn.Created, ["Created", "Created date", "Created at"]),
        (CsvColumn.Updated, ["Updated", "Updated date", "Updated at", "Changed date"]),
        (CsvColumn.Reporter, ["Reporter", "Created by", "Author"]),
        (CsvColumn.Assignee, ["Assignee", "Assigned to", "Owner"]),
    ];

    private static readonly FrozenDictionary<string, CsvColumn> ByName = Table
        .SelectMany(e => e.Names.Select(n => (Key: Normalize(n), e.Column)))
        .ToFrozenDictionary(p => p.Key, p => p.Column);

    /// <summary>The columns that may hold several values (repeated columns are collected left to right).</summary>
    public static bool IsList(CsvColumn column) =>
        column is CsvColumn.Labels or CsvColumn.Sprint or CsvColumn.Links or CsvColumn.Blocks or CsvColumn.TypedLink;

    public static bool TryResolve(string header, out CsvColumn column) => ByName.TryGetValue(Normalize(header), out column);

    /// <summary>The accepted header names of <paramref name="column"/>, for messages.</summary>
    public static IReadOnlyList<string> NamesOf(CsvColumn column) => Table.First(e => e.Column == column).Names;

    /// <summary>Lower case without spaces, <c>_</c> and <c>-</c>.</summary>
    public static string Normalize(string header)
    {
        Span<char> buffer = header.Length <= 256 ? stackalloc char[header.Length] : new char[header.Length];
        var n = 0;
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c) && c is not ('_' or '-'))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
