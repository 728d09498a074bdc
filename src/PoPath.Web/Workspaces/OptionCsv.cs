using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.Model;

namespace PoPath.Web.Workspaces;

/// <summary>An accepted (possibly edited) draft option as one row of PoPath's generic CSV, ready to import into the team's backlog tool or <c>popath import</c>.</summary>
/// <remarks>
/// The columns are the generic CSV's own names (Title, Description, Labels), so <c>popath check</c> and the importers
/// read the row back as one item. Every cell a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab, carriage return) is prefixed with <c>'</c> by CsvHelper's injection escaping, as <c>check --output csv</c> does.
/// </remarks>
internal static class OptionCsv
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4000;

    /// <summary>What the PO accepted: the title and approach as drafted or edited, the five answers, and the evidence ids.</summary>
    public sealed record Accepted(string Kind, string Title, string Approach, IReadOnlyDictionary<Element, string?> Answers, IReadOnlyList<string> FeedbackIds, IReadOnlyList<string> ItemIds);

    /// <summary>Checks the edited fields; a message naming the field when one is empty or too long.</summary>
    public static string? Validate(Accepted a)
    {
        if (string.IsNullOrWhiteSpace(a.Title))
        {
            return "Title: an accepted option needs a title.";
        }

        if (a.Title.Length > MaxTitleLength)
        {
            return $"Title: at most {MaxTitleLength} characters (got {a.Title.Length}).";
        }

        if (a.Approach.Length > MaxTextLength)
        {
            return $"Approach: at most {MaxTextLength} characters (got {a.Approach.Length}).";
        }

        foreach (var (e, text) in a.Answers)
        {
            if (text is { Length: > MaxTextLength })
            {
                return $"{e.Label()}: at most {MaxTextLength} characters (got {text.Length}).";
            }
        }

        return null;
    }

    public static string Write(Accepted a)
    {
        var description = new StringBuilder(a.Approach.Trim());
        foreach (var e in ElementNames.Questions)
        {
            if (a.Answers.TryGetValue(e, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                description.Append(CultureInfo.InvariantCulture, $"\n\n{e.Label()}: {text.Trim()}");
            }
        }

        if (a.FeedbackIds.Count > 0)
        {
            description.Append(CultureInfo.InvariantCulture, $"\n\nFeedback: {string.Join(", ", a.FeedbackIds)}");
        }

        if (a.ItemIds.Count > 0)
        {
            description.Append(CultureInfo.InvariantCulture, $"\n\nRelated items: {string.Join(", ", a.ItemIds)}");
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape, NewLine = "\n" };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, config))
        {
            csv.WriteField("Title");
            csv.WriteField("Description");
            csv.WriteField("Labels");
            csv.NextRecord();
            csv.WriteField(a.Title.Trim());
            csv.WriteField(description.ToString());
            csv.WriteField($"popath-option,{a.Kind}");
            csv.NextRecord();
        }

        return writer.ToString();
    }
}
