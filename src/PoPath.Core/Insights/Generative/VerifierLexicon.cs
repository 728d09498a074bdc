using System.Reflection;
using System.Text.Json;

namespace PoPath.Core.Insights.Generative;

/// <summary>The word lists of the <see cref="CitationVerifier"/>, read from <c>Lexicons/{language}.generative.json</c> plus the stop words of the <see cref="AssistLexicon"/>.</summary>
public sealed class VerifierLexicon
{
    private VerifierLexicon(IReadOnlySet<string> stopWords, IReadOnlySet<string> framing, IReadOnlySet<string> negations,
        IReadOnlySet<string> quantifiers, IReadOnlyDictionary<string, string> numberWords)
    {
        StopWords = stopWords;
        FramingWords = framing;
        Negations = negations;
        StrongQuantifiers = quantifiers;
        NumberWords = numberWords;
    }

    /// <summary>The English lists shipped with PoPath.</summary>
    public static VerifierLexicon English { get; } = Load("en");

    /// <summary>Words that carry no claim (the assistance stop words).</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>Words a rephrasing adds to frame a quote ("customers report that …"): not counted as content.</summary>
    public IReadOnlySet<string> FramingWords { get; }

    /// <summary>Negations (apostrophes removed: <c>cant</c>, <c>doesnt</c>): one in a sentence must be matched by one in its cited texts.</summary>
    public IReadOnlySet<string> Negations { get; }

    /// <summary>"all", "most", "always", "only" …: each one in a sentence must appear in its cited texts.</summary>
    public IReadOnlySet<string> StrongQuantifiers { get; }

    /// <summary>Number words and the figure they stand for ("two" → "2").</summary>
    public IReadOnlyDictionary<string, string> NumberWords { get; }

    /// <summary>Reads the embedded lists of a language.</summary>
    public static VerifierLexicon Load(string language)
    {
        var name = $"PoPath.Core.Lexicons.{language}.generative.json";
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new ArgumentException($"no verifier word lists for language '{language}'", nameof(language));
        using var doc = JsonDocument.Parse(s);
        var root = doc.RootElement;
        HashSet<string> Set(string key) => new(root.GetProperty(key).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()), StringComparer.Ordinal);
        var numbers = root.GetProperty("number_words").EnumerateObject().ToDictionary(p => p.Name.ToLowerInvariant(), p => p.Value.GetString()!, StringComparer.Ordinal);
        return new VerifierLexicon(AssistLexicon.Load(language).StopWords, Set("framing_words"), Set("negations"), Set("strong_quantifiers"), numbers);
    }
}
