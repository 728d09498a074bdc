using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PoPath.Import.Json;

/// <summary>Lenient accessors for the JSON shapes trackers return (strings or numbers for ids, nested name objects).</summary>
internal static class JsonValues
{
    public static JsonElement? Prop(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    /// <summary>A string, a number as invariant text, or <c>null</c>.</summary>
    public static string? Text(this JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    public static string? Str(this JsonElement e, string name) => e.Prop(name).Text();

    /// <summary>The <c>name</c> (or <c>displayName</c>, <c>value</c>) of a nested object, or the value itself when it is text.</summary>
    public static string? NameOf(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.Object } o => o.Str("name") ?? o.Str("displayName") ?? o.Str("value") ?? o.Str("title"),
        var v => v.Text(),
    };

    /// <summary>An actor's display name, else account id, else login name.</summary>
    public static string? Actor(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.Object } o => NonEmpty(o.Str("displayName")) ?? NonEmpty(o.Str("login")) ?? NonEmpty(o.Str("name")) ?? NonEmpty(o.Str("accountId")) ?? NonEmpty(o.Str("uniqueName")),
        var v => NonEmpty(v.Text()),
    };

    public static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public static DateTimeOffset? Time(this JsonElement e, string name) => ParseTime(e.Str(name));

    public static DateTimeOffset? ParseTime(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        // Jira writes offsets without a colon (+0800), which the round-trip pattern does not accept.
        if (s.Length > 5 && (s[^5] is '+' or '-') && char.IsAsciiDigit(s[^1]) && s[^3] != ':')
        {
            s = s[..^2] + ":" + s[^2..];
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
    }

    public static double? Number(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        { ValueKind: JsonValueKind.String } v when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>Plain text of a string or an Atlassian Document Format object (text nodes, paragraphs on their own lines).</summary>
    public static string? PlainText(this JsonElement? e)
    {
        if (e is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return v.GetString();
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var sb = new StringBuilder();
        AppendAdf(v, sb);
        return sb.ToString().Trim();
    }

    private static void AppendAdf(JsonElement node, StringBuilder sb)
    {
        if (node.Str("type") == "text" && node.Str("text") is { } t)
        {
            sb.Append(t);
        }

        if (node.Prop("content") is { ValueKind: JsonValueKind.Array } content)
        {
            foreach (var child in content.EnumerateArray())
            {
                AppendAdf(child, sb);
            }

            if (node.Str("type") is "paragraph" or "heading" or "listItem" or "codeBlock")
            {
                sb.Append('\n');
            }
        }
    }
}
