using PoPath.Core.Model;

namespace PoPath.Core.Text;

/// <summary>The parts of a user story ("As a ‹role›, I want ‹means›, so that ‹ends›") found in an item, as spans.</summary>
/// <remarks>The story is looked for in the title, then at the start of the description. Each part may be absent.</remarks>
public sealed class StoryParts
{
    private StoryParts(FieldText? field, CueHit? role, CueHit? meansIndicator, CueHit? means, CueHit? endsIndicator, CueHit? ends)
    {
        Field = field;
        Role = role;
        MeansIndicator = meansIndicator;
        Means = means;
        EndsIndicator = endsIndicator;
        Ends = ends;
    }

    public static StoryParts None { get; } = new(null, null, null, null, null, null);

    /// <summary>The field the story was found in.</summary>
    public FieldText? Field { get; }

    /// <summary>The role words, without "As a".</summary>
    public CueHit? Role { get; }

    public CueHit? MeansIndicator { get; }

    /// <summary>What is wanted, after the means indicator and before any ends indicator.</summary>
    public CueHit? Means { get; }

    public CueHit? EndsIndicator { get; }

    /// <summary>Why it is wanted: the text after "so that", "in order to" …</summary>
    public CueHit? Ends { get; }

    public bool HasRole => Role is not null;

    public bool HasMeans => Means is not null;

    public bool HasEnds => Ends is not null;

    /// <summary>True when the item reads as a user story at all (a role or a means indicator).</summary>
    public bool IsStory => Role is not null || MeansIndicator is not null;

    /// <summary>The indicator template ("As a, I want, so that") used for the uniformity check.</summary>
    public string Template
    {
        get
        {
            if (Field is null)
            {
                return "";
            }

            var t = Role is { } r ? "as " + Article(r) : "";
            if (MeansIndicator is { } mi)
            {
                t += "|" + Normalise(mi.Value);
            }

            if (EndsIndicator is { } ei)
            {
                t += "|" + Normalise(ei.Value);
            }

            return t;
        }
    }

    internal static StoryParts Parse(ItemText text, Lexicon lexicon)
    {
        var roleCue = lexicon.Cue("story.role");
        var meansCue = lexicon.Cue("story.means");
        var endsCue = lexicon.Cue("story.ends");
        var meansHits = text.Find("story.means");
        foreach (var field in text.Fields)
        {
            // No "I want", "I can" … in the field (the trie knows for free): no story to parse.
            if (field.Name == ItemFields.AcceptanceCriteria || !meansHits.Any(h => ReferenceEquals(h.Field, field)))
            {
                continue;
            }

            // Only the opening of a field can hold the story sentence.
            var t = field.Text;
            var lead = 0;
            while (lead < t.Length && (char.IsWhiteSpace(t[lead]) || t[lead] is '*' or '#' or '-' or '>' or '"' or '\''))
            {
                lead++;
            }

            var window = Math.Min(t.Length - lead, 600);
            if (window <= 0)
            {
                continue;
            }

            CueHit? role = null;
            var roleMatch = roleCue.Match(t, lead, window);
            if (field.Name == ItemFields.Description && !(roleMatch.Success && roleMatch.Index <= lead + 2))
            {
                // Exports often put the story under a heading further down ("h3. User story  As a … I want …").
                var later = roleCue.Match(t, lead, Math.Min(t.Length - lead, 1500));
                if (later.Success)
                {
                    roleMatch = later;
                    lead = later.Index;
                }
            }

            var searchFrom = lead;
            if (roleMatch.Success && roleMatch.Index <= lead + 2)
            {
                var g = roleMatch.Groups["role"];
                if (g.Success)
                {
                    role = new CueHit(field, g.Index, g.Index + g.Length);
                    searchFrom = g.Index + g.Length;
                }
            }

            var sentenceEnd = field.SentenceAt(searchFrom).End;
            if (role is null)
            {
                // "I want …" without a role still counts as a story (one with no role).
                var mOnly = meansCue.Match(t, lead, Math.Min(window, 40));
                if (!mOnly.Success || mOnly.Index > lead + 1)
                {
                    continue;
                }

                searchFrom = lead;
            }

            var sentence = Math.Max(sentenceEnd, Math.Min(t.Length, lead + window));
            var mm = meansCue.Match(t, searchFrom, Math.Min(sentence, t.Length) - searchFrom);
            CueHit? mi = null, means = null, ei = null, ends = null;
            var endOfStory = StoryEnd(field, searchFrom);
            if (mm.Success && mm.Index < endOfStory)
            {
                mi = new CueHit(field, mm.Index, mm.Index + mm.Length);
                var meansStart = Skip(t, mm.Index + mm.Length);
                var em = endsCue.Match(t, meansStart, Math.Max(0, endOfStory - meansStart));
                var meansEnd = em.Success ? em.Index : endOfStory;
                if (meansEnd > meansStart)
                {
                    means = new CueHit(field, meansStart, TrimEnd(t, meansStart, meansEnd));
                }

                if (em.Success)
                {
                    var eiStart = Skip(t, em.Index);
                    ei = new CueHit(field, eiStart, em.Index + em.Length);
                    var endsStart = Skip(t, em.Index + em.Length);
                    if (endOfStory > endsStart)
                    {
                        ends = new CueHit(field, endsStart, TrimEnd(t, endsStart, endOfStory));
                    }
                }
            }

            if (role is not null || mi is not null)
            {
                return new StoryParts(field, role, mi, means, ei, ends);
            }
        }

        return None;
    }

    // A story runs to the end of its line (titles and one-per-line files) or paragraph.
    private static int StoryEnd(FieldText field, int from)
    {
        var t = field.Text;
        var nl = t.IndexOf('\n', from);
        return nl < 0 ? t.Length : nl;
    }

    private static int Skip(string t, int i)
    {
        while (i < t.Length && (char.IsWhiteSpace(t[i]) || t[i] == ','))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string t, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(t[end - 1]) || t[end - 1] is ',' or '.' or ';'))
        {
            end--;
        }

        return end;
    }

    private static string Article(CueHit role)
    {
        var t = role.Field.Text;
        var s = role.Start - 1;
        while (s > 0 && char.IsWhiteSpace(t[s]))
        {
            s--;
        }

        var e = s + 1;
        while (s >= 0 && char.IsLetter(t[s]))
        {
            s--;
        }

        return t[(s + 1)..e].ToLowerInvariant();
    }

    private static string Normalise(string s) => string.Join(' ', s.ToLowerInvariant().Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
