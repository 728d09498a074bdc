using PoPath.Core.Text;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>Finds groups of people in text and tells specific groups ("night-shift nurses") from generic ones ("users").</summary>
internal static class People
{
    /// <param name="Named">True when the group comes from the lexicon of roles ("pharmacists"), not a qualified generic word ("mobile users").</param>
    public readonly record struct Group(CueHit Hit, bool Specific, bool Named);

    /// <summary>True when a story role names more than a generic "user", "customer" or "stakeholder".</summary>
    public static bool IsSpecificRole(string role, Lexicon lexicon)
    {
        var words = Words(role);
        if (words.Count == 0)
        {
            return false;
        }

        // A qualifying clause ("a user who …", "a customer with …") makes even a generic head specific.
        var clause = words.FindIndex(w => w is "who" or "that" or "with" or "without" or "whose");
        if (clause > 0 && clause < words.Count - 1)
        {
            return true;
        }

        var generic = lexicon.Cue("people.generic");
        var head = words[^1];
        if (!generic.IsMatch(head) && !generic.IsMatch(string.Join(' ', words.TakeLast(2))))
        {
            return true;
        }

        // "Data Publishing User" names a group; "registered user" or "site visitor" does not.
        var nonspecific = lexicon.Cue("people.nonspecific-modifier");
        return words.Take(words.Count - 1).Any(w => !nonspecific.IsMatch(w) && !generic.IsMatch(w));
    }

    /// <summary>Groups of people named in the item's text, each marked specific or generic.</summary>
    public static List<Group> Groups(ItemText text, Lexicon lexicon)
    {
        var result = new List<Group>();
        foreach (var h in text.Find("people.group"))
        {
            result.Add(new Group(h, true, true));
        }

        var stop = lexicon.Cue("people.stopword");
        var nonspecific = lexicon.Cue("people.nonspecific-modifier");
        var after = lexicon.Cue("people.qualifier-after");
        foreach (var h in text.Find("people.generic"))
        {
            if (result.Any(r => r.Hit.Field == h.Field && r.Hit.Start <= h.Start && r.Hit.End >= h.End))
            {
                continue;
            }

            var before = PreviousWord(h.Field.Text, h.Start);
            var qualifiedBefore = before.Length > 1 && !stop.IsMatch(before) && !nonspecific.IsMatch(before) && char.IsLetter(before[0]);
            var qualifiedAfter = after.IsMatch(h.Field.Text.AsSpan(h.End, Math.Min(12, h.Field.Text.Length - h.End)));
            result.Add(new Group(h, qualifiedBefore || qualifiedAfter, false));
        }

        return result;
    }

    private static string PreviousWord(string text, int start)
    {
        var e = start - 1;
        while (e >= 0 && char.IsWhiteSpace(text[e]))
        {
            e--;
        }

        var s = e;
        while (s >= 0 && (char.IsLetterOrDigit(text[s]) || text[s] is '-' or '\''))
        {
            s--;
        }

        return e < 0 ? "" : text[(s + 1)..(e + 1)];
    }

    private static List<string> Words(string s) =>
        s.ToLowerInvariant().Split([' ', '\t', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
