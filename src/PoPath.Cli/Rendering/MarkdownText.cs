using System.Text;

namespace PoPath.Cli.Rendering;

/// <summary>Escapes untrusted text for Markdown: inline markup characters are backslash-escaped and HTML is entity-encoded.</summary>
/// <remarks>Markdig renders Markdown but offers no escaper for writing it, hence this small one.</remarks>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in ElementLabels.Quote(text, int.MaxValue))
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
