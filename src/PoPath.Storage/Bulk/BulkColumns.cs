using NpgsqlTypes;
using PoPath.Core.History;
using PoPath.Core.Model;


namespace PoPath.Storage.Bulk;

/// <summary>The columns the bulk writers fill, in one place for both providers, and each row's values in that order.</summary>
internal static class BulkColumns
{
    public static readonly (string Name, NpgsqlDbType Type)[] Items =
    [
        ("snapshot_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("item_id", NpgsqlDbType.Text), ("title", NpgsqlDbType.Text),
        ("description", NpgsqlDbType.Text), ("acceptance_criteria", NpgsqlDbType.Text), ("rank", NpgsqlDbType.Integer), ("type", NpgsqlDbType.Text),
        ("status", NpgsqlDbType.Text), ("priority", NpgsqlDbType.Text), ("due_date", NpgsqlDbType.Date), ("links_json", NpgsqlDbType.Text),
        ("labels_json", NpgsqlDbType.Text), ("story_points", NpgsqlDbType.Double), ("business_value", NpgsqlDbType.Double),
        ("time_criticality", NpgsqlDbType.Double), ("risk_reduction", NpgsqlDbType.Double), ("job_size", NpgsqlDbType.Double),
        ("sprints_json", NpgsqlDbType.Text), ("created", NpgsqlDbType.Text), ("updated", NpgsqlDbType.Text), ("reporter", NpgsqlDbType.Text),
        ("assignee", NpgsqlDbType.Text), ("source_file", NpgsqlDbType.Text), ("source_line", NpgsqlDbType.Integer), ("source_path", NpgsqlDbType.Text),
    ];

    public static readonly (string Name, NpgsqlDbType Type)[] ItemResults =
    [
        ("snapshot_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("score", NpgsqlDbType.Integer), ("passes", NpgsqlDbType.Boolean),
        ("questions_json", NpgsqlDbType.Text), ("findings_json", NpgsqlDbType.Text),
    ];

    public static readonly (string Name, NpgsqlDbType Type)[] ElementResults =
    [
        ("snapshot_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("element", NpgsqlDbType.Text), ("status", NpgsqlDbType.Text),
        ("reason", NpgsqlDbType.Text), ("evidence_json", NpgsqlDbType.Text),
    ];

    public static readonly (string Name, NpgsqlDbType Type)[] Sprints =
    [
        ("snapshot_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("sprint_id", NpgsqlDbType.Text), ("name", NpgsqlDbType.Text),
        ("start", NpgsqlDbType.Text), ("end", NpgsqlDbType.Text), ("completed", NpgsqlDbType.Text), ("state", NpgsqlDbType.Text),
        ("goal", NpgsqlDbType.Text), ("inferred", NpgsqlDbType.Boolean),
    ];

    public static readonly (string Name, NpgsqlDbType Type)[] Events =
    [
        ("snapshot_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("item_id", NpgsqlDbType.Text), ("kind", NpgsqlDbType.Text),
        ("at", NpgsqlDbType.Text), ("at_unix_ms", NpgsqlDbType.Bigint), ("actor", NpgsqlDbType.Text), ("from_value", NpgsqlDbType.Text),
        ("to_value", NpgsqlDbType.Text), ("sprint_id", NpgsqlDbType.Text), ("direction", NpgsqlDbType.Text), ("change_id", NpgsqlDbType.Text),
        ("source_file", NpgsqlDbType.Text), ("source_line", NpgsqlDbType.Integer), ("source_path", NpgsqlDbType.Text),
    ];

    public static void SprintValues(object?[] v, long snapshot, int ordinal, Sprint s)
    {
        v[0] = snapshot; v[1] = ordinal; v[2] = s.Id; v[3] = s.Name; v[4] = RowMapper.Time(s.Start); v[5] = RowMapper.Time(s.End);
        v[6] = RowMapper.Time(s.Completed); v[7] = RowMapper.SnakeId(s.State.ToString()); v[8] = s.Goal; v[9] = s.Inferred;
    }

    public static void EventValues(object?[] v, long snapshot, int ordinal, ItemEvent e)
    {
        v[0] = snapshot; v[1] = ordinal; v[2] = e.ItemId; v[3] = RowMapper.SnakeId(e.Kind.ToString()); v[4] = RowMapper.Time(e.At);
        v[5] = e.At.ToUnixTimeMilliseconds(); v[6] = e.Actor; v[7] = e.From; v[8] = e.To; v[9] = e.SprintId;
        v[10] = e.Direction is { } d ? RowMapper.SnakeId(d.ToString()) : null; v[11] = e.ChangeId;
        v[12] = e.Source?.File; v[13] = e.Source?.Line; v[14] = e.Source?.Path;
    }

    public static void ItemValues(object?[] v, long snapshot, int ordinal, BacklogItem i)
    {
        v[0] = snapshot; v[1] = ordinal; v[2] = i.Id; v[3] = i.Title; v[4] = i.Description; v[5] = i.AcceptanceCriteria; v[6] = i.Rank;
        v[7] = i.Type; v[8] = i.Status; v[9] = i.Priority; v[10] = i.DueDate; v[11] = RowMapper.LinksJson(i.Links); v[12] = RowMapper.ListJson(i.Labels);
        v[13] = i.StoryPoints; v[14] = i.Wsjf?.BusinessValue; v[15] = i.Wsjf?.TimeCriticality; v[16] = i.Wsjf?.RiskReduction; v[17] = i.Wsjf?.JobSize;
        v[18] = RowMapper.ListJson(i.Sprints); v[19] = RowMapper.Time(i.Created); v[20] = RowMapper.Time(i.Updated); v[21] = i.Reporter;
        v[22] = i.Assignee; v[23] = i.Source?.File; v[24] = i.Source?.Line; v[25] = i.Source?.Path;
    }

    public static void ItemResultValues(object?[] v, long snapshot, int ordinal, Readiness r, bool passes)
    {
        v[0] = snapshot; v[1] = ordinal; v[2] = r.Score; v[3] = passes; v[4] = RowMapper.ToJson(r.Questions); v[5] = RowMapper.FindingsJson(r.Findings);
    }

    public static void ElementValues(object?[] v, long snapshot, int ordinal, ElementVerdict e)
    {
        v[0] = snapshot; v[1] = ordinal; v[2] = e.Element.Id(); v[3] = e.Status.Id(); v[4] = e.Reason; v[5] = RowMapper.EvidenceJson(e.Evidence);
    }

    public static string Insert(string table, (string Name, NpgsqlDbType Type)[] columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => '"' + c.Name + '"'))}) VALUES ({string.Join(", ", columns.Select((_, n) => "@p" + n))})";

    public static string Copy(string table, (string Name, NpgsqlDbType Type)[] columns) =>
        $"COPY {table} ({string.Join(", ", columns.Select(c => '"' + c.Name + '"'))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Table names, for the writers' SQL (they match PoPathDbContext).</summary>
    public const string ItemsTable = "items", ItemResultsTable = "item_results", ElementResultsTable = "element_results", SprintsTable = "sprints", EventsTable = "item_events";
}
