using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PoPath.Core.Text;

/// <summary>The cues (phrase lists and patterns) and question templates of one language, loaded from a data file.</summary>
/// <remarks>
/// A lexicon is immutable and safe to share across threads. Phrases are matched as whole words, case-insensitively;
/// in a phrase, <c>*</c> matches any word ending, <c>+</c> an optional plural ending, <c>?</c> one letter, and a space any run of white space.
/// Each cue compiles to one regular expression, so a lexicon of many phrases costs one scan per cue.
/// </remarks>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> EnglishLazy = new(() => LoadEmbedded("en"));
    private readonly FrozenDictionary<string, Regex> _cues;
    private readonly FrozenDictionary<string, string> _questions;

    private Lexicon(string language, FrozenDictionary<string, Regex> cues, FrozenDictionary<string, string> questions)
    {
        Language = language;
        _cues = cues;
        _questions = questions;
    }

    /// <summary>The English lexicon shipped with PoPath.</summary>
    public static Lexicon English => EnglishLazy.Value;

    public string Language { get; }

    public IEnumerable<string> CueNames => _cues.Keys;

    /// <summary>The compiled expression of a cue.</summary>
    /// <exception cref="KeyNotFoundException">The lexicon has no such cue; lexicons are validated at load, so this is a programming error.</exception>
    public Regex Cue(string name) =>
        _cues.TryGetValue(name, out var r) ? r : throw new KeyNotFoundException($"lexicon '{Language}' has no cue '{name}'");

    /// <summary>The question template for an element and status, e.g. <c>trade_off.missing</c>.</summary>
    public string Question(string key) => _questions.TryGetValue(key, out var q) ? q : key;

    /// <summary>Loads a lexicon from its JSON form.</summary>
    /// <exception cref="FormatException">The file is not a valid lexicon; the message names the cue and what is wrong.</exception>
    public static Lexicon Load(Stream json, string sourceName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not valid JSON: {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            var language = root.TryGetProperty("language", out var l) ? l.GetString() ?? "?" : "?";
            if (!root.TryGetProperty("cues", out var cuesEl) || cuesEl.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{sourceName}: expected an object 'cues'");
            }

            var cues = new Dictionary<string, Regex>(StringComparer.Ordinal);
            foreach (var cue in cuesEl.EnumerateObject())
            {
                cues[cue.Name] = Compile(cue, sourceName);
            }

            var questions = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("questions", out var qs) && qs.ValueKind == JsonValueKind.Object)
            {
                foreach (var q in qs.EnumerateObject())
                {
                    questions[q.Name] = q.Value.GetString() ?? "";
                }
            }

            return new Lexicon(language, cues.ToFrozenDictionary(StringComparer.Ordinal), questions.ToFrozenDictionary(StringComparer.Ordinal));
        }
    }

    private static Lexicon LoadEmbedded(string language)
    {
        var name = $"PoPath.Core.Lexicons.{language}.json";
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded lexicon {name} not found");
        return Load(s, name);
    }

    private static Regex Compile(JsonProperty cue, string sourceName)
    {
        var alternatives = new List<string>();
        if (cue.Value.TryGetProperty("phrases", out var phrases))
        {
            var list = phrases.EnumerateArray().Select(p => p.GetString() ?? "").Where(p => p.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(p => p.Length).ToList();
            if (list.Count > 0)
            {
                alternatives.Add(@"(?<![\w'-])(?:" + string.Join('|', list.Select(PhraseToPattern)) + @")(?![\w'])");
            }
        }

        if (cue.Value.TryGetProperty("patterns", out var patterns))
        {
            alternatives.AddRange(patterns.EnumerateArray().Select(p => "(?:" + (p.GetString() ?? "") + ")"));
        }

        if (alternatives.Count == 0)
        {
            throw new FormatException($"{sourceName}: cue '{cue.Name}' has neither phrases nor patterns");
        }

        try
        {
            return new Regex(string.Join('|', alternatives),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture,
                TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{sourceName}: cue '{cue.Name}' has an invalid pattern: {e.Message}", e);
        }
    }

    private static string PhraseToPattern(string phrase)
    {
        var sb = new StringBuilder(phrase.Length + 8);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(@"\s+");
            }

            foreach (var ch in words[i])
            {
                switch (ch)
                {
                    case '*': sb.Append(@"[\w-]*"); break;
                    case '+': sb.Append("(?:s|es)?"); break;
                    case '?': sb.Append(@"\w"); break;
                    case '\'': sb.Append("['’]"); break;
                    default: sb.Append(Regex.Escape(ch.ToString())); break;
                }
            }
        }

        return sb.ToString();
    }
}
