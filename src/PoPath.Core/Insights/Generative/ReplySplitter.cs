using System.Text;
using System.Text.RegularExpressions;

namespace PoPath.Core.Insights.Generative;

/// <summary>Splits a generated reply into sentences and reads the ids each one cites in square brackets.</summary>
/// <remarks>
/// Line breaks end a sentence; inside a line a sentence ends at <c>.</c>, <c>!</c> or <c>?</c> followed by white space,
/// a citation or the end (not inside a figure such as 3.5, not after e.g., i.e., etc., vs.). Citations written right after
/// the full stop (<c>… slow. [F1]</c>) belong to the sentence before them, as do those before it (<c>… slow [F1].</c>);
/// a citation followed by a capital letter closes its sentence even without a full stop (<c>… slow [F1] Prices …</c>).
/// A citation is <c>[F1]</c>, <c>[F1, F2]</c> or <c>[F1][F2]</c>; anything else in brackets stays text. Markdown list
/// markers, heading marks, quote marks, bold asterisks and <c>__bold__</c> pairs are dropped; other underscores stay. At most <see cref="MaxSentences"/> sentences are read.
/// </remarks>
public static partial class ReplySplitter
{
    /// <summary>The most sentences read from one reply; the rest are left out (the caller says so).</summary>
    public const int MaxSentences = 300;

    private static readonly string[] Abbreviations = ["e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.", "no."];

    /// <summary>The sentences of <paramref name="reply"/>, in order; sentences with no letter or digit are skipped.</summary>
    public static IReadOnlyList<GeneratedSentence> Split(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var result = new List<GeneratedSentence>();
        foreach (var rawLine in reply.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = UnderscoreEmphasis().Replace(LineMarker().Replace(rawLine, "").Replace("**", "", StringComparison.Ordinal), "$1");
            foreach (var (text, ids) in SplitLine(line))
            {
                if (result.Count == MaxSentences)
                {
                    return result;
                }

                if (text.Any(char.IsLetterOrDigit) || ids.Count > 0)
                {
                    result.Add(new GeneratedSentence(text, ids));
                }
            }
        }

        return result;
    }

    private static IEnumerable<(string Text, List<string> Ids)> SplitLine(string line)
    {
        var text = new StringBuilder();
        var ids = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '[' && TryCitation(line, i, out var end, out var cited))
            {
                Add(ids, cited);
                i = end;
                if (StartsNewSentence(line, i))
                {
                    // "… slow [F1] Prices …": a citation before a capital letter closes its sentence even without a full stop.
                    yield return (Clean(text.ToString()), ids);
                    text.Clear();
                    ids = [];
                }

                continue;
            }

            text.Append(c);
            i++;
            if ((c is '.' or '!' or '?') && IsSentenceEnd(line, i, text))
            {
                // Citations and spaces right after the end mark still belong to this sentence.
                while (true)
                {
                    var j = i;
                    while (j < line.Length && char.IsWhiteSpace(line[j]))
                    {
                        j++;
                    }

                    if (j < line.Length && line[j] == '[' && TryCitation(line, j, out var cend, out var more))
                    {
                        Add(ids, more);
                        i = cend;
                        continue;
                    }

                    break;
                }

                yield return (Clean(text.ToString()), ids);
                text.Clear();
                ids = [];
            }
        }

        if (text.Length > 0 || ids.Count > 0)
        {
            yield return (Clean(text.ToString()), ids);
        }
    }

    private static bool StartsNewSentence(string line, int at)
    {
        var j = at;
        while (j < line.Length && char.IsWhiteSpace(line[j]))
        {
            j++;
        }

        return j > at && j < line.Length && char.IsUpper(line[j]);
    }

    private static bool IsSentenceEnd(string line, int next, StringBuilder text)
    {
        if (next < line.Length && !char.IsWhiteSpace(line[next]) && line[next] != '[' && line[next] is not ('"' or '\'' or ')' or '\u201D'))
        {
            return false;
        }

        var sofar = text.ToString();
        var lastWord = sofar[(sofar.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return !Abbreviations.Contains(lastWord);
    }

    private static bool TryCitation(string line, int at, out int end, out string[] ids)
    {
        var m = Citation().Match(line, at);
        if (!m.Success || m.Index != at)
        {
            end = at;
            ids = [];
            return false;
        }

        end = at + m.Length;
        ids = m.Groups[1].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return true;
    }

    private static void Add(List<string> ids, string[] more)
    {
        foreach (var id in more)
        {
            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }
    }

    private static string Clean(string text)
    {
        var t = Spaces().Replace(text, " ").Trim();
        return SpaceBeforeMark().Replace(t, "$1");
    }

    [GeneratedRegex(@"\G\[\s*([A-Za-z0-9][A-Za-z0-9_.\-]{0,31}(?:\s*[,;]\s*[A-Za-z0-9][A-Za-z0-9_.\-]{0,31})*)\s*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|>\s*|[-*+\u2022]\s+|\d{1,3}[.)]\s+)*")]
    private static partial Regex LineMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // __bold__ as Markdown reads it: a pair not inside a word. A lone or in-word "__" (window.__x, snake__case) is text.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\p{L}\p{N}_])")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforeMark();
}
