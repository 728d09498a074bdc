namespace PoPath.Testing.Docs;

/// <summary>One fenced code block of a Markdown page: its info string, the line its fence opens on (1-based) and its body.</summary>
public sealed record FencedBlock(string Page, string Info, int Line, string Body)
{
    /// <summary>The fenced blocks of a Markdown text, in order. Fences are lines starting with three or more backticks.</summary>
    public static IReadOnlyList<FencedBlock> Read(string page, string markdown)
    {
        var blocks = new List<FencedBlock>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].TrimStart();
            if (!open.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var fence = open[..(open.Length - open.TrimStart('`').Length)];
            var info = open[fence.Length..].Trim();
            var body = new List<string>();
            var j = i + 1;
            while (j < lines.Length && !lines[j].Trim().Equals(fence, StringComparison.Ordinal))
            {
                body.Add(lines[j]);
                j++;
            }

            if (j == lines.Length)
            {
                throw new FormatException($"{page}:{i + 1}: the fence opened here is never closed");
            }

            blocks.Add(new FencedBlock(page, info, i + 1, string.Join('\n', body)));
            i = j;
        }

        return blocks;
    }
}
