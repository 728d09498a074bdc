using System.Text;

namespace PoPath.Core.Text;

/// <summary>Escapes untrusted text for one line of Markdown: white space folded, inline markup characters backslash-escaped, HTML entity-encoded.</summary>
/// <remarks>Markdig renders Markdown but offers no escaper for writing it, hence this small one. Shared by the CLI's reports and the web app's downloads.</remarks>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var sb = new StringBuilder(folded.Length + 8);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~' or '{' or '}':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
