using System.Reflection;
using System.Text.Json;

namespace PoPath.Core.Insights;

/// <summary>Word lists the assistance analyses use (stop words, vague wording, unhappy-path cues), read from a data file per language.</summary>
public sealed class AssistLexicon
{
    private AssistLexicon(HashSet<string> stopWords, IReadOnlyList<string> vague, IReadOnlyList<string> unobservable, IReadOnlyList<string> unhappy)
    {
        StopWords = stopWords;
        VagueWords = vague;
        UnobservableResults = unobservable;
        UnhappyPathCues = unhappy;
    }

    /// <summary>The English lists shipped in <c>Lexicons/en.assist.json</c>.</summary>
    public static AssistLexicon English { get; } = Load("en");

    public IReadOnlySet<string> StopWords { get; }

    public IReadOnlyList<string> VagueWords { get; }

    public IReadOnlyList<string> UnobservableResults { get; }

    public IReadOnlyList<string> UnhappyPathCues { get; }

    /// <summary>Reads the embedded list of a language (<c>{language}.assist.json</c>).</summary>
    public static AssistLexicon Load(string language)
    {
        var name = $"PoPath.Core.Lexicons.{language}.assist.json";
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new ArgumentException($"no assist word lists for language '{language}'", nameof(language));
        using var doc = JsonDocument.Parse(s);
        var root = doc.RootElement;
        string[] List(string key) => [.. root.GetProperty(key).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant())];
        return new AssistLexicon(
            new HashSet<string>(List("stop_words"), StringComparer.Ordinal),
            List("vague_words"),
            List("unobservable_results"),
            List("unhappy_path"));
    }
}
