using System.Globalization;
using System.Text.Json;
using PoPath.Import.Json;

namespace PoPath.Import.AzureDevOps;

/// <summary>Azure DevOps field reference names and value helpers.</summary>
internal static class AdoFields
{
    public const string Title = "System.Title";
    public const string State = "System.State";
    public const string Reason = "System.Reason";
    public const string IterationPath = "System.IterationPath";
    public const string ChangedDate = "System.ChangedDate";
    public const string ChangedBy = "System.ChangedBy";
    public const string CreatedDate = "System.CreatedDate";
    public const string CreatedBy = "System.CreatedBy";
    public const string History = "System.History";
    public const string StackRank = "Microsoft.VSTS.Common.StackRank";
    public const string BacklogPriority = "Microsoft.VSTS.Common.BacklogPriority";
    public const string Priority = "Microsoft.VSTS.Common.Priority";

    /// <summary>States that close an item; entering one is a <c>Resolved</c> event.</summary>
    public static readonly HashSet<string> ClosedStates = new(["Closed", "Done", "Removed", "Resolved", "Completed"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A display name from an identity object or an <c>"Name &lt;email&gt;"</c> string.</summary>
    public static string? Identity(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Object } o => JsonValues.NonEmpty(o.Str("displayName")) ?? o.Str("uniqueName"),
        { ValueKind: JsonValueKind.String } s => s.GetString() is { } text && text.IndexOf(" <", StringComparison.Ordinal) is var lt and > 0 ? text[..lt] : JsonValues.NonEmpty(s.GetString()),
        _ => null,
    };

    public static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Object } => Identity(value),
        _ => value.Text(),
    };

    public static double? Number(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>True for an iteration path below the project root (the root means "no sprint").</summary>
    public static bool IsSprintPath(string? path) => path is not null && path.Contains('\\', StringComparison.Ordinal);

    public static string LastSegment(string path) => path[(path.LastIndexOf('\\') + 1)..];

    /// <summary>HTML to plain text, enough for the readiness check: tags dropped, block ends as new lines, entities decoded.</summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrEmpty(html) || !html.Contains('<', StringComparison.Ordinal))
        {
            return html;
        }

        var text = System.Text.RegularExpressions.Regex.Replace(html, "<(br|/p|/div|/li|/h[1-6])[^>]*>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        text = System.Text.RegularExpressions.Regex.Replace(text, "<[^>]*>", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }
}
