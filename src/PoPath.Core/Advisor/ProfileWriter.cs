using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PoPath.Core.Advisor;

/// <summary>Writes a profile in the file form <see cref="ProfileReader"/> reads: JSON, or YAML.</summary>
public static class ProfileWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The profile as JSON with the DESIGN §7 field names.</summary>
    public static string ToJson(Profile profile) => ToNode(profile).ToJsonString(Indented) + "\n";

    /// <summary>The profile as YAML; text values are JSON-quoted (valid YAML), so any wording round-trips.</summary>
    public static string ToYaml(Profile profile)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("role: ").Append(Quote(profile.Role)).Append('\n');
        sb.Append("years_as_po: ").Append(profile.YearsAsPo.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("scrum_knowledge: ").Append(Profile.Id(profile.ScrumKnowledge)).Append('\n');
        sb.Append("learning_preference: ").Append(Profile.Id(profile.LearningPreference)).Append('\n');
        if (profile.Teams is { } teams)
        {
            sb.Append("teams: ").Append(teams.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        sb.Append("safe: ").Append(Bool(profile.Safe)).Append('\n');
        sb.Append("safe_work: ").Append(List(profile.SafeWork)).Append('\n');
        sb.Append("certifications: ").Append(List(profile.Certifications)).Append('\n');
        sb.Append("ai_needs: ").Append(List(profile.AiNeeds)).Append('\n');
        sb.Append("access:\n");
        sb.Append("  users: ").Append(Bool(profile.Access.Users)).Append('\n');
        sb.Append("  data: ").Append(Bool(profile.Access.Data)).Append('\n');
        sb.Append("  commercial: ").Append(Bool(profile.Access.Commercial)).Append('\n');
        sb.Append("priorities_overridden: ").Append(Bool(profile.PrioritiesOverridden)).Append('\n');
        return sb.ToString();
    }

    public static JsonObject ToNode(Profile profile) => new()
    {
        ["role"] = profile.Role,
        ["years_as_po"] = profile.YearsAsPo,
        ["scrum_knowledge"] = Profile.Id(profile.ScrumKnowledge),
        ["learning_preference"] = Profile.Id(profile.LearningPreference),
        ["teams"] = profile.Teams,
        ["safe"] = profile.Safe,
        ["safe_work"] = new JsonArray([.. profile.SafeWork.Select(s => (JsonNode)s)]),
        ["certifications"] = new JsonArray([.. profile.Certifications.Select(s => (JsonNode)s)]),
        ["ai_needs"] = new JsonArray([.. profile.AiNeeds.Select(s => (JsonNode)s)]),
        ["access"] = new JsonObject { ["users"] = profile.Access.Users, ["data"] = profile.Access.Data, ["commercial"] = profile.Access.Commercial },
        ["priorities_overridden"] = profile.PrioritiesOverridden,
    };

    private static string Quote(string s) => JsonSerializer.Serialize(s);

    private static string Bool(bool? b) => b switch { true => "true", false => "false", null => "null" };

    private static string List(IReadOnlyList<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";
}
