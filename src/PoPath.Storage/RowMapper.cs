using System.Globalization;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Core.Storage;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

/// <summary>Maps the canonical model to rows and back; lists and evidence travel as JSON text.</summary>
internal static class RowMapper
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T FromJson<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Json) ?? fallback;

    public static string? ListJson(IReadOnlyList<string> list) => list.Count == 0 ? null : ToJson(list);

    public static string? LinksJson(IReadOnlyList<ItemLink> links) => links.Count == 0 ? null : ToJson(links.Select(l => new LinkDto(l.Kind, l.Target)));

    /// <summary>An enum member's name in snake_case: <c>StatusChanged</c> → <c>status_changed</c>.</summary>
    public static string SnakeId(string name) => Schema.PoPathDbContext.SnakeCase(name);

    public static T ParseEnum<T>(string id)
        where T : struct, Enum => Enum.Parse<T>(id.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    public static Sprint ToSprint(SprintRow r) => new()
    {
        Id = r.SprintId,
        Name = r.Name,
        Start = ParseTime(r.Start),
        End = ParseTime(r.End),
        Completed = ParseTime(r.Completed),
        State = ParseEnum<SprintState>(r.State),
        Goal = r.Goal,
        Inferred = r.Inferred,
    };

    public static ItemEvent ToEvent(ItemEventRow r) => new()
    {
        ItemId = r.ItemId,
        Kind = ParseEnum<ItemEventKind>(r.Kind),
        At = ParseTime(r.At)!.Value,
        Actor = r.Actor,
        From = r.FromValue,
        To = r.ToValue,
        SprintId = r.SprintId,
        Direction = r.Direction is null ? null : ParseEnum<RankDirection>(r.Direction),
        ChangeId = r.ChangeId,
        Source = r.SourceFile is null ? null : new SourceLocation(r.SourceFile, r.SourceLine, null, r.SourcePath),
    };

    public static string? Time(DateTimeOffset? t) => t?.ToString("O", CultureInfo.InvariantCulture);

    public static string EvidenceJson(IReadOnlyList<Evidence> evidence) => evidence.Count == 0 ? "[]" : ToJson(evidence);

    public static string DiagnosticsJson(IReadOnlyList<ImportDiagnostic> diagnostics) =>
        ToJson(diagnostics.Select(d => new DiagnosticDto(d.Severity == DiagnosticSeverity.Error ? "error" : "warning", d.Location.File, d.Location.Line, d.Location.Column, d.Location.Path, d.Message)));

    public static BacklogItem ToItem(ItemRow r) => new()
    {
        Id = r.ItemId,
        Title = r.Title,
        Description = r.Description,
        AcceptanceCriteria = r.AcceptanceCriteria,
        Rank = r.Rank,
        Type = r.Type,
        Status = r.Status,
        Priority = r.Priority,
        DueDate = r.DueDate,
        Links = FromJson<List<LinkDto>>(r.LinksJson, []).Select(l => new ItemLink(l.Kind, l.Target)).ToList(),
        Labels = FromJson<List<string>>(r.LabelsJson, []),
        StoryPoints = r.StoryPoints,
        Wsjf = r.BusinessValue is null && r.TimeCriticality is null && r.RiskReduction is null && r.JobSize is null
            ? null
            : new WsjfInputs(r.BusinessValue, r.TimeCriticality, r.RiskReduction, r.JobSize),
        Sprints = FromJson<List<string>>(r.SprintsJson, []),
        Created = ParseTime(r.Created),
        Updated = ParseTime(r.Updated),
        Reporter = r.Reporter,
        Assignee = r.Assignee,
        Source = r.SourceFile is null ? null : new SourceLocation(r.SourceFile, r.SourceLine, null, r.SourcePath),
    };

    public static Readiness ToReadiness(BacklogItem item, ItemResultRow result, IEnumerable<ElementResultRow> elements)
    {
        var verdicts = new List<ElementVerdict>(ElementNames.All.Count);
        var byElement = elements.ToDictionary(e => e.Element, StringComparer.Ordinal);
        foreach (var e in ElementNames.All)
        {
            if (byElement.TryGetValue(e.Id(), out var row) && ElementNames.TryParseStatus(row.Status, out var status))
            {
                verdicts.Add(new ElementVerdict(e, status, FromJson<List<Evidence>>(row.EvidenceJson, []), row.Reason));
            }
            else
            {
                verdicts.Add(ElementVerdict.Missing(e, "not stored"));
            }
        }

        var findings = FromJson<List<FindingDto>>(result.FindingsJson, []).Select(f => new Finding(f.Rule, f.Message, f.Evidence ?? [])).ToList();
        return new Readiness(item, verdicts, FromJson<List<string>>(result.QuestionsJson, []), findings, result.Score);
    }

    public static string FindingsJson(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "[]" : ToJson(findings.Select(f => new FindingDto(f.Rule, f.Message, f.Evidence.ToList())));

    public static SnapshotInfo ToInfo(string workspace, SnapshotRow s) => new(
        workspace,
        s.Number,
        s.Source,
        s.Format,
        s.ImportedAt,
        s.ItemCount,
        FromJson<List<DiagnosticDto>>(s.DiagnosticsJson, []).Select(d => new ImportDiagnostic(
            d.Severity == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            new SourceLocation(d.File, d.Line, d.Column, d.Path),
            d.Message)).ToList(),
        s.AverageScore,
        s.TopAverageScore,
        s.Passing,
        s.SprintCount,
        s.EventCount);

    private static DateTimeOffset? ParseTime(string? s) =>
        s is null ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private sealed record LinkDto(string Kind, string Target);

    private sealed record FindingDto(string Rule, string Message, List<Evidence>? Evidence);

    private sealed record DiagnosticDto(string Severity, string File, int? Line, int? Column, string? Path, string Message);
}
