using System.Globalization;
using System.Text.Json;
using PoPath.Core.Model;

namespace PoPath.Testing.Docs;

/// <summary>Reads the item objects of docs examples (the JSON names of DESIGN §7) into <see cref="BacklogItem"/>s.</summary>
public static class ExampleJson
{
    /// <summary>Builds an item from a JSON object; <paramref name="defaultId"/> and <paramref name="defaultRank"/> apply when the object has none.</summary>
    /// <exception cref="FormatException">A property has the wrong JSON type or an unknown name.</exception>
    public static BacklogItem Item(JsonElement e, string defaultId, int defaultRank)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an item must be a JSON object");
        }

        foreach (var p in e.EnumerateObject())
        {
            if (!Known.Contains(p.Name))
            {
                throw new FormatException($"unknown item property '{p.Name}' (known: {string.Join(", ", Known)})");
            }
        }

        return new BacklogItem
        {
            Id = String(e, "id") ?? defaultId,
            Title = String(e, "title") ?? throw new FormatException("an item needs a 'title'"),
            Description = String(e, "description"),
            AcceptanceCriteria = String(e, "acceptance_criteria"),
            Rank = e.TryGetProperty("rank", out var r) ? r.GetInt32() : defaultRank,
            Type = String(e, "type"),
            Status = String(e, "status"),
            Priority = String(e, "priority"),
            DueDate = String(e, "due_date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Links = e.TryGetProperty("links", out var links)
                ? [.. links.EnumerateArray().Select(l => new ItemLink(String(l, "kind") ?? "", String(l, "target") ?? ""))]
                : [],
            Labels = e.TryGetProperty("labels", out var labels) ? [.. labels.EnumerateArray().Select(l => l.GetString() ?? "")] : [],
            StoryPoints = e.TryGetProperty("story_points", out var sp) ? sp.GetDouble() : null,
            Wsjf = e.TryGetProperty("wsjf", out var w)
                ? new WsjfInputs(Number(w, "business_value"), Number(w, "time_criticality"), Number(w, "risk_reduction"), Number(w, "job_size"))
                : null,
        };
    }

    private static readonly string[] Known =
        ["id", "title", "description", "acceptance_criteria", "rank", "type", "status", "priority", "due_date", "links", "labels", "story_points", "wsjf"];

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
