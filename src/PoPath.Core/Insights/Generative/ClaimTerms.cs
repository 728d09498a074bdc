using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PoPath.Core.Insights.Generative;

/// <summary>What a text claims, as the verifier compares it: content-word stems, figures, negations and strong quantifiers.</summary>
/// <param name="Content">Each content word as written (lower case) and its stem; stop, framing, negation, quantifier and number words excluded.</param>
/// <param name="Numbers">Figures, normalised: thousands separators dropped, "percent" written <c>%</c>, number words as digits.</param>
/// <param name="Negations">The negation words present (apostrophes removed).</param>
/// <param name="Quantifiers">The strong quantifiers present.</param>
internal sealed partial record ClaimTerms(
    IReadOnlyList<(string Word, string Stem)> Content,
    IReadOnlySet<string> Numbers,
    IReadOnlySet<string> Negations,
    IReadOnlySet<string> Quantifiers)
{
    public static ClaimTerms Of(string text, VerifierLexicon lexicon)
    {
        var lower = text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Figure().Matches(lower))
        {
            numbers.Add(NormaliseFigure(m.Value));
        }

        var content = new List<(string, string)>();
        var negations = new HashSet<string>(StringComparer.Ordinal);
        var quantifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(lower))
        {
            var raw = m.Value.Trim('\'');
            if (raw.EndsWith("'s", StringComparison.Ordinal))
            {
                raw = raw[..^2];
            }

            var bare = raw.Replace("'", "", StringComparison.Ordinal);
            if (bare.Length == 0 || char.IsDigit(bare[0]))
            {
                // Plain figures were read above.
                continue;
            }

            if (lexicon.Negations.Contains(bare) || raw.EndsWith("n't", StringComparison.Ordinal))
            {
                negations.Add(bare);
                continue;
            }

            if (lexicon.StrongQuantifiers.Contains(bare))
            {
                quantifiers.Add(bare);
                continue;
            }

            if (lexicon.NumberWords.TryGetValue(bare, out var figure))
            {
                numbers.Add(figure);
                continue;
            }

            if (bare.Any(char.IsDigit))
            {
                // "Q3", "v2", "2fa": names with a figure in them must match exactly, like figures.
                numbers.Add(bare);
                continue;
            }

            if (bare.Length < 2 || lexicon.StopWords.Contains(bare) || lexicon.FramingWords.Contains(bare))
            {
                continue;
            }

            content.Add((bare, LightStemmer.Stem(bare)));
        }

        return new ClaimTerms(content, numbers, negations, quantifiers);
    }

    public IReadOnlySet<string> Stems() => Content.Select(c => c.Stem).ToHashSet(StringComparer.Ordinal);

    private static string NormaliseFigure(string figure)
    {
        var f = figure.Replace(" percent", "%", StringComparison.Ordinal).Replace(" %", "%", StringComparison.Ordinal);
        var percent = f.EndsWith('%');
        var digits = percent ? f[..^1] : f;
        if (ThousandsSeparated().IsMatch(digits))
        {
            digits = digits.Replace(",", "", StringComparison.Ordinal);
        }

        digits = digits.Replace(',', '.');
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            // "30", "30.0" and "030" are one figure; "3.5" and "35" are not.
            digits = value.ToString("0.############", CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder(digits);
        if (percent)
        {
            sb.Append('%');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?:\s?%|\spercent\b)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$")]
    private static partial Regex ThousandsSeparated();
}
