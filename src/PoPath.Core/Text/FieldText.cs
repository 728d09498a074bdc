namespace PoPath.Core.Text;

/// <summary>One text field of an item, capped in length, with its sentence boundaries.</summary>
public sealed class FieldText
{
    /// <summary>Detectors read at most this many characters of a field; the rest is ignored (and said so by the importer's size caps).</summary>
    public const int MaxLength = 64 * 1024;

    private int[]? _sentenceStarts;
    private List<Section>? _sections;

    public FieldText(string name, string text)
    {
        Name = name;
        Text = text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>The stable field name used in evidence (<c>title</c>, <c>description</c>, <c>acceptance_criteria</c>).</summary>
    public string Name { get; }

    public string Text { get; }

    /// <summary>Writes the text lower-cased (invariant), with typographic apostrophes made plain, into <paramref name="buffer"/> (same length as <see cref="Text"/>).</summary>
    internal Span<char> Lowered(Span<char> buffer)
    {
        var span = buffer[..Text.Length];
        Text.AsSpan().ToLowerInvariant(span);
        span.Replace('’', '\'');
        return span;
    }

    /// <summary>The bounds (start, end exclusive) of the sentence or line that holds <paramref name="position"/>, trimmed of white space.</summary>
    public (int Start, int End) SentenceAt(int position)
    {
        var starts = _sentenceStarts ??= SplitSentences(Text);
        var i = Array.BinarySearch(starts, position);
        if (i < 0)
        {
            i = ~i - 1;
        }

        i = Math.Clamp(i, 0, starts.Length - 1);
        var start = starts[i];
        var end = i + 1 < starts.Length ? starts[i + 1] : Text.Length;
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The headed sections of the text (Markdown, Jira wiki or "Label:" headings), in order; computed on first use.</summary>
    public IReadOnlyList<Section> Sections(Lexicon lexicon)
    {
        if (_sections is not null)
        {
            return _sections;
        }

        var list = new List<Section>();
        var headers = lexicon.Cue("section.header");
        var marks = new List<(int Start, int End)>();
        foreach (var m in headers.EnumerateMatches(Text))
        {
            marks.Add((m.Index, m.Index + m.Length));
        }

        for (var i = 0; i < marks.Count; i++)
        {
            var bodyStart = Math.Min(Text.Length, marks[i].End + 1);
            var bodyEnd = i + 1 < marks.Count ? marks[i + 1].Start : Text.Length;
            list.Add(new Section(marks[i].Start, marks[i].End, bodyStart, Math.Max(bodyStart, bodyEnd)));
        }

        _sections = list;
        return list;
    }

    /// <summary>The section whose body holds <paramref name="position"/>, if any.</summary>
    public Section? SectionAt(Lexicon lexicon, int position)
    {
        foreach (var s in Sections(lexicon))
        {
            if (position >= s.BodyStart && position < s.BodyEnd)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Sentence starts: after . ! ? followed by white space, and at every line break.</summary>
    private static int[] SplitSentences(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if ((c is '.' or '!' or '?') && i + 1 < text.Length && text[i + 1] is ' ' or '\t' && !IsAbbreviation(text, i))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    // "e.g. ", "i.e. ", "vs. ", "etc. " and decimals do not end a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var s = dot - 1;
        while (s >= 0 && char.IsLetter(text[s]))
        {
            s--;
        }

        var word = text.AsSpan(s + 1, dot - s - 1);
        return word is "e" or "g" or "i" or "vs" or "etc" or "eg" or "ie" or "approx" or "incl" or "Mr" or "Dr" or "no" or "No";
    }
}
