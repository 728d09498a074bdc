using System.Globalization;
using System.Text;
using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Core.Insights.Briefs;

/// <summary>The Markdown of a <see cref="StakeholderBrief"/>, as <c>popath brief</c> prints it and the web app offers it for download.</summary>
/// <remarks>Every untrusted text (titles, requester, quoted evidence) is escaped with <see cref="MarkdownText.Escape"/>, so a quote cannot start a heading, a list or HTML.</remarks>
public static class BriefMarkdown
{
    public static string Write(string source, StakeholderBrief brief)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(brief);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Brief for {Md(brief.Requester)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{brief.Requests.Count} of the {brief.BacklogSize} items in {Md(source)} were requested by {Md(brief.Requester)}.\n\n");
        foreach (var r in brief.Requests)
        {
            sb.Append(CultureInfo.InvariantCulture, $"## {Md(r.ItemId)}: {Md(r.Title)} (rank {r.Rank}, readiness {r.Score}/100)\n\n");
            sb.Append(string.Concat(r.Why.Select(w => $"- {Md(w)}\n")));
            var quoted = r.Gaps.Where(g => g.Evidence.Count > 0).ToList();
            if (quoted.Count > 0)
            {
                sb.Append("\nWhat the item says today:\n\n");
                foreach (var g in quoted)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- {g.Element.Label()} ({g.Status.Id()}): {string.Join("; ", g.Evidence.Select(e => $"\"{Md(e.Text)}\" ({Md(Where(e))})"))}\n");
                }
            }

            if (r.Questions.Count > 0)
            {
                sb.Append("\nTo move it up, answer:\n\n");
                sb.Append(string.Concat(r.Questions.Select(q => $"- {Md(q)}\n")));
            }

            sb.Append('\n');
        }

        if (brief.Requests.Count == 0)
        {
            sb.Append("No item names this requester as its Reporter.\n");
        }

        return sb.ToString();
    }

    /// <summary>"description 10–52", or the field name alone for structured fields.</summary>
    public static string Where(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Start == 0 && evidence.End == 0 ? evidence.Field : $"{evidence.Field} {evidence.Start}–{evidence.End}";
    }

    private static string Md(string text) => MarkdownText.Escape(text.ReplaceLineEndings(" "));
}
