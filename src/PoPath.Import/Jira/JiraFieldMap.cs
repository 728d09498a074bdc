using System.Text.Json;
using PoPath.Import.Json;

namespace PoPath.Import.Jira;

/// <summary>Which Jira custom fields are Sprint, Rank, Story Points and Epic Link on this site.</summary>
/// <remarks>
/// Ids differ per site, so they come from the field list (<c>/rest/api/2/field</c>, by <c>schema.custom</c>) or from a
/// search's <c>names</c> expansion; with neither, changelog items are matched by their field name and issue fields by
/// the shape of their values (sprint objects, LexoRank strings).
/// </remarks>
internal sealed class JiraFieldMap
{
    public const string SprintType = "com.pyxis.greenhopper.jira:gh-sprint";
    public const string RankType = "com.pyxis.greenhopper.jira:gh-lexo-rank";
    public const string GlobalRankType = "com.pyxis.greenhopper.jira:gh-global-rank";
    public const string EpicLinkType = "com.pyxis.greenhopper.jira:gh-epic-link";

    private static readonly string[] StoryPointNames = ["Story Points", "Story point estimate"];

    public HashSet<string> Sprint { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Rank { get; } = new(StringComparer.Ordinal);
    public HashSet<string> StoryPoints { get; } = new(StringComparer.Ordinal);
    public HashSet<string> EpicLink { get; } = new(StringComparer.Ordinal);

    /// <summary>True once a field list or names map said which ids are which.</summary>
    public bool Known { get; private set; }

    /// <summary>Learns one entry of the field list; false when it is not a field entry.</summary>
    public bool Learn(JsonElement field)
    {
        if (field.Str("id") is not { } id || field.Str("name") is not { } name)
        {
            return false;
        }

        var custom = field.Prop("schema")?.Str("custom");
        var set = custom switch
        {
            SprintType => Sprint,
            RankType or GlobalRankType => Rank,
            EpicLinkType => EpicLink,
            _ when StoryPointNames.Contains(name, StringComparer.OrdinalIgnoreCase)
                && (custom is null || custom.EndsWith(":float", StringComparison.Ordinal)) => StoryPoints,
            _ => null,
        };
        set?.Add(id);
        Known |= set is not null;
        return true;
    }

    /// <summary>Learns a search's <c>names</c> map (field id → display name).</summary>
    public void LearnNames(JsonElement names)
    {
        foreach (var p in names.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var set = p.Value.GetString() switch
            {
                "Sprint" => Sprint,
                "Rank" => Rank,
                "Epic Link" => EpicLink,
                var n when StoryPointNames.Contains(n, StringComparer.OrdinalIgnoreCase) => StoryPoints,
                _ => null,
            };
            set?.Add(p.Name);
            Known |= set is not null;
        }
    }

    /// <summary>What a changelog item is about: by field id when the ids are known, else by field name.</summary>
    public string Classify(string? fieldId, string? field)
    {
        if (fieldId is not null && Known)
        {
            if (Sprint.Contains(fieldId))
            {
                return "sprint";
            }

            if (Rank.Contains(fieldId))
            {
                return "rank";
            }

            if (StoryPoints.Contains(fieldId))
            {
                return "points";
            }
        }

        return field switch
        {
            null => "",
            _ when field.Equals("status", StringComparison.OrdinalIgnoreCase) => "status",
            _ when field.Equals("Sprint", StringComparison.OrdinalIgnoreCase) => "sprint",
            _ when field.Equals("Rank", StringComparison.OrdinalIgnoreCase) => "rank",
            _ when field.Equals("priority", StringComparison.OrdinalIgnoreCase) => "priority",
            _ when field.Equals("resolution", StringComparison.OrdinalIgnoreCase) => "resolution",
            _ when field.Equals("labels", StringComparison.OrdinalIgnoreCase) => "labels",
            _ when field.Equals("Story Points", StringComparison.OrdinalIgnoreCase) || field.Equals("Story point estimate", StringComparison.OrdinalIgnoreCase) => "points",
            _ => field,
        };
    }
}
