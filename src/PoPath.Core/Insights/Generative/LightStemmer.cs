namespace PoPath.Core.Insights.Generative;

/// <summary>A light English suffix stemmer: enough to let "payments", "paying" and "pay" meet, applied alike to sentence and evidence.</summary>
/// <remarks>
/// Rules, in order, each only while at least three letters remain: a possessive <c>'s</c> goes; <c>-ies/-ied</c> become <c>-y</c>;
/// a plural <c>-s</c> goes (not <c>-ss</c>, <c>-us</c>, <c>-is</c>); one of <c>-ational → -ate</c>, <c>-ations/-ation → -ate</c>,
/// <c>-ingly</c>, <c>-edly</c>, <c>-ings</c>, <c>-ing</c>, <c>-ed</c>, <c>-ness</c>, <c>-ments</c>, <c>-ment</c>, <c>-ly</c>,
/// <c>-est</c>, <c>-er</c> goes; a doubled final consonant (other than l, s, z) is undoubled; a final <c>e</c> goes.
/// Over-stemming only merges words; it never separates a word from itself, so it can make the verifier more lenient, not stricter.
/// </remarks>
internal static class LightStemmer
{
    private static readonly (string Suffix, string Replacement)[] Endings =
    [
        ("ational", "ate"), ("ations", "ate"), ("ation", "ate"), ("ingly", ""), ("edly", ""), ("ings", ""), ("ing", ""),
        ("ness", ""), ("ments", ""), ("ment", ""), ("est", ""), ("ed", ""), ("ly", ""), ("er", ""),
    ];

    public static string Stem(string word)
    {
        var w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length > 4 && (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            w = w[..^1];
        }

        foreach (var (suffix, replacement) in Endings)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                w = w[..^suffix.Length] + replacement;
                break;
            }
        }

        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]))
        {
            w = w[..^1];
        }

        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
