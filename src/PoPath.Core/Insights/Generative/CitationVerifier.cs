using System.Globalization;

namespace PoPath.Core.Insights.Generative;

/// <summary>Checks each generated sentence against the evidence it cites: the ids must exist and their texts must support it.</summary>
/// <remarks>
/// Pure and deterministic. For one sentence, in this order:
/// <list type="number">
/// <item>No id cited → <see cref="CitationVerdict.Uncited"/>.</item>
/// <item>An id that is not among the evidence → <see cref="CitationVerdict.UnknownId"/>.</item>
/// <item>Otherwise <see cref="CitationVerdict.Unsupported"/> when any of these holds, else <see cref="CitationVerdict.Supported"/>:
/// a figure of the sentence ("30%", "2", "two", "Q3") is not in the cited texts; the sentence negates ("not", "can't",
/// "without", "fails") and no cited text does, or every cited sentence that shares a content word with it negates and it
/// does not; a strong quantifier of
/// the sentence ("all", "most", "always", "only") is not in the cited texts; fewer than <see cref="VerifierOptions.Threshold"/>
/// of its content words (stemmed; stop words and framing words such as "customers report" left out) are in the cited texts;
/// or one cited id shares no content word or figure with the sentence (a padded citation).</item>
/// </list>
/// A sentence without content words or figures that cites valid ids is supported: it claims nothing to check.
/// The test is lexical: a paraphrase that keeps the evidence's words passes, one that swaps them for synonyms fails,
/// and a sentence that reuses the evidence's words to say something else can pass. It flags, it does not prove.
/// </remarks>
public sealed partial class CitationVerifier
{
    private readonly Dictionary<string, (EvidenceItem Item, ClaimTerms Terms, IReadOnlySet<string> Stems, IReadOnlyList<ClaimTerms> Sentences)> _evidence;
    private readonly VerifierOptions _options;

    /// <param name="evidence">The evidence the model was given; ids are compared case-insensitively.</param>
    public CitationVerifier(IReadOnlyList<EvidenceItem> evidence, VerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        _options = options ?? new VerifierOptions();
        if (_options.Threshold is < 0 or > 1 || double.IsNaN(_options.Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.Threshold, "the threshold is a share from 0 to 1");
        }

        _evidence = new(StringComparer.OrdinalIgnoreCase);
        foreach (var e in evidence)
        {
            var terms = ClaimTerms.Of(e.Text, _options.Lexicon);
            var sentences = SentenceEnd().Split(e.Text).Select(t => ClaimTerms.Of(t, _options.Lexicon)).ToList();
            if (!_evidence.TryAdd(e.Id, (e, terms, terms.Stems(), sentences)))
            {
                throw new ArgumentException($"evidence id '{e.Id}' is given twice", nameof(evidence));
            }
        }
    }

    /// <summary>Splits <paramref name="reply"/> with <see cref="ReplySplitter"/> and verifies every sentence.</summary>
    public VerifiedReply VerifyReply(string reply) => new([.. ReplySplitter.Split(reply).Select(Verify)]);

    /// <summary>The verdict on one sentence.</summary>
    public VerifiedSentence Verify(GeneratedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var ids = sentence.CitedIds;
        if (ids.Count == 0)
        {
            return Verdict(sentence, CitationVerdict.Uncited, 0, [], "It cites no evidence id.");
        }

        var unknown = ids.Where(id => !_evidence.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            return Verdict(sentence, CitationVerdict.UnknownId, 0, [],
                $"It cites {Join(unknown)}, which {(unknown.Count == 1 ? "is" : "are")} not among the evidence given.");
        }

        var cited = ids.Select(id => _evidence[id]).ToList();
        var terms = ClaimTerms.Of(sentence.Text, _options.Lexicon);
        var stems = new HashSet<string>(cited.SelectMany(c => c.Stems), StringComparer.Ordinal);
        var numbers = new HashSet<string>(cited.SelectMany(c => c.Terms.Numbers), StringComparer.Ordinal);
        var quantifiers = new HashSet<string>(cited.SelectMany(c => c.Terms.Quantifiers), StringComparer.Ordinal);

        var unmatched = terms.Content.Where(c => !stems.Contains(c.Stem)).Select(c => c.Word).Distinct(StringComparer.Ordinal).ToList();
        var total = terms.Content.Select(c => c.Stem).Distinct(StringComparer.Ordinal).Count();
        var matched = terms.Content.Select(c => c.Stem).Where(stems.Contains).Distinct(StringComparer.Ordinal).Count();
        var support = total == 0 ? 1 : (double)matched / total;

        var figures = terms.Numbers.Where(n => !numbers.Contains(n)).ToList();
        if (figures.Count > 0)
        {
            return Verdict(sentence, CitationVerdict.Unsupported, support, [.. figures, .. unmatched],
                $"The figure{(figures.Count == 1 ? "" : "s")} {Join(figures)} {(figures.Count == 1 ? "is" : "are")} not in the cited evidence.");
        }

        if (terms.Negations.Count > 0 && cited.All(c => c.Terms.Negations.Count == 0))
        {
            return Verdict(sentence, CitationVerdict.Unsupported, support, [.. terms.Negations, .. unmatched],
                $"It negates ({Join(terms.Negations)}) and the cited evidence does not.");
        }

        var sentenceStems = terms.Stems();
        var related = cited.SelectMany(c => c.Sentences).Where(t => t.Content.Any(w => sentenceStems.Contains(w.Stem))).ToList();
        if (terms.Negations.Count == 0 && related.Count > 0 && related.All(t => t.Negations.Count > 0))
        {
            return Verdict(sentence, CitationVerdict.Unsupported, support, unmatched,
                $"The cited evidence negates ({Join(related.SelectMany(t => t.Negations).Distinct())}) and the sentence does not.");
        }

        var claims = terms.Quantifiers.Where(q => !quantifiers.Contains(q)).ToList();
        if (claims.Count > 0)
        {
            return Verdict(sentence, CitationVerdict.Unsupported, support, [.. claims, .. unmatched],
                $"It says {Join(claims)}, which the cited evidence does not.");
        }

        if (support < _options.Threshold)
        {
            return Verdict(sentence, CitationVerdict.Unsupported, support, unmatched,
                string.Create(CultureInfo.InvariantCulture, $"Only {matched} of its {total} content words are in the cited evidence (not found: {Join(unmatched)})."));
        }

        var padded = cited.Where(c => !c.Stems.Overlaps(sentenceStems) && !c.Terms.Numbers.Overlaps(terms.Numbers)).Select(c => c.Item.Id).ToList();
        if (padded.Count > 0 && (total > 0 || terms.Numbers.Count > 0))
        {
            return Verdict(sentence, CitationVerdict.Unsupported, support, unmatched,
                $"{Join(padded)} {(padded.Count == 1 ? "shares" : "share")} no word with the sentence: cited without support.");
        }

        return Verdict(sentence, CitationVerdict.Supported, support, unmatched, total == 0 && terms.Numbers.Count == 0
            ? "It claims nothing to check."
            : string.Create(CultureInfo.InvariantCulture, $"{matched} of its {total} content words{(terms.Numbers.Count > 0 ? " and every figure" : "")} are in the cited evidence."));
    }

    private static VerifiedSentence Verdict(GeneratedSentence s, CitationVerdict verdict, double support, IReadOnlyList<string> unmatched, string reason) =>
        new(s.Text, s.CitedIds, verdict, Math.Round(support, 3), unmatched, reason);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?;])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    private static string Join(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"\"{w}\""));
}
