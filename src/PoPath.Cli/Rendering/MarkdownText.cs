namespace PoPath.Cli.Rendering;

/// <summary>Escapes untrusted text for Markdown: inline markup characters are backslash-escaped and HTML is entity-encoded.</summary>
/// <remarks>The escaper itself lives in Core (<see cref="Core.Text.MarkdownText"/>) so the web app's downloads escape alike.</remarks>
internal static class MarkdownText
{
    public static string Escape(string text) => Core.Text.MarkdownText.Escape(text);
}
