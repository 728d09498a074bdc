using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PoPath.Core.Text;

/// <summary>The cues (phrase lists and patterns) and question templates of one language, loaded from a data file.</summary>
/// <remarks>
/// A lexicon is immutable and safe to share across threads. Phrases are matched as whole words, case-insensitively;
/// in a phrase, <c>*</c> matches any word ending, <c>+</c> an optional plural ending, <c>?</c> one letter. All phrases
/// of all cues go into one word trie that reads a text once; patterns are regular expressions, one per cue.
/// </remarks>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> EnglishLazy = new(() => LoadEmbedded("en"));
    private readonly FrozenDictionary<string, CueDefinition> _cues;
    private readonly FrozenDictionary<string, string> _questions;

    private Lexicon(string language, FrozenDictionary<string, CueDefinition> cues, PhraseTrie trie, FrozenDictionary<string, string> questions)
    {
        Language = language;
        _cues = cues;
        Trie = trie;
        _questions = questions;
    }

    /// <summary>The English lexicon shipped with PoPath.</summary>
    public static Lexicon English => EnglishLazy.Value;

    public string Language { get; }

    public IEnumerable<string> CueNames => _cues.Keys;

    internal PhraseTrie Trie { get; }

    /// <summary>Cue ids plus the ids of pattern triggers: the size of per-item hit tables.</summary>
    internal int IdCount { get; private init; }

    /// <summary>A regular expression for the whole cue (phrases and patterns), for checks on short spans such as one word or a heading.</summary>
    /// <exception cref="KeyNotFoundException">The lexicon has no such cue; lexicons are validated at load, so this is a programming error.</exception>
    public Regex Cue(string name)
    {
        var d = Definition(name);
        return d.HasTriePhrases || d.Search is null || d.Gated.Count > 0 ? d.Whole : d.Search;
    }

    internal CueDefinition Definition(string name) =>
        _cues.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"lexicon '{Language}' has no cue '{name}'");

    /// <summary>True when the lexicon has a question template for the key.</summary>
    public bool HasQuestion(string key) => _questions.ContainsKey(key);

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

            var cues = new Dictionary<string, CueDefinition>(StringComparer.Ordinal);
            var trie = new List<(string, int)>();
            var names = cuesEl.EnumerateObject().Select(c => c.Name).ToList();
            var nextTriggerId = names.Count;
            foreach (var cue in cuesEl.EnumerateObject())
            {
                var id = cues.Count;
                cues[cue.Name] = Compile(cue, id, sourceName, trie, ref nextTriggerId);
            }

            var questions = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("questions", out var qs) && qs.ValueKind == JsonValueKind.Object)
            {
                foreach (var q in qs.EnumerateObject())
                {
                    questions[q.Name] = q.Value.GetString() ?? "";
                }
            }

            return new Lexicon(language, cues.ToFrozenDictionary(StringComparer.Ordinal), PhraseTrie.Build(trie),
                questions.ToFrozenDictionary(StringComparer.Ordinal))
            { IdCount = nextTriggerId };
        }
    }

    /// <summary>True when the lexicon defines the cue.</summary>
    public bool Has(string name) => _cues.ContainsKey(name);

    /// <summary>The cues a lexicon must define for PoPath's own detectors; the engine builder checks them.</summary>
    public static IReadOnlyList<string> RequiredCues { get; } =
    [
        "story.role", "story.means", "story.ends", "section.header", "section.non-ac",
        "people.generic", "people.group", "people.nonspecific-modifier", "people.stopword", "people.qualifier-after",
        "need.problem", "need.goal", "need.request", "need.frequency", "need.evidence", "need.evidence-negator", "need.bug",
        "business.effect", "business.domain", "business.context", "business.effort-actor", "business.effort-cost", "business.weak",
        "tradeoff.strong", "tradeoff.contrast", "tradeoff.decision", "tradeoff.weak",
        "outcome.direction", "outcome.metric", "outcome.quantity", "outcome.header", "outcome.vague", "outcome.intent",
        "order.deadline", "order.dependency", "order.cost-of-delay", "order.priority-word", "order.internal-deadline",
        "ac.header", "ac.inline-header", "ac.inline-end", "ac.gherkin", "ac.checkbox", "ac.list-item", "ac.checkable",
        "ac.observable", "ac.vague", "ac.task", "ac.spec", "ac.placeholder", "business.negator",
    ];

    private static Lexicon LoadEmbedded(string language)
    {
        var name = $"PoPath.Core.Lexicons.{language}.json";
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded lexicon {name} not found");
        return Load(s, name);
    }

    private static CueDefinition Compile(JsonProperty cue, int id, string sourceName, List<(string, int)> trie, ref int nextTriggerId)
    {
        var phrases = new List<string>();
        if (cue.Value.TryGetProperty("phrases", out var ph))
        {
            phrases = ph.EnumerateArray().Select(p => p.GetString() ?? "").Where(p => p.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).ToList();
        }

        // A pattern is a string, or {"pattern": …, "when": [words]}: then it is only searched in fields where one
        // of those words occurs (found by the trie for free), which keeps rare, costly patterns off most text.
        var patterns = new List<string>();
        var gated = new List<(string Pattern, string[] When)>();
        if (cue.Value.TryGetProperty("patterns", out var pa))
        {
            foreach (var p in pa.EnumerateArray())
            {
                if (p.ValueKind == JsonValueKind.String)
                {
                    patterns.Add("(?:" + (p.GetString() ?? "") + ")");
                }
                else if (p.ValueKind == JsonValueKind.Object && p.TryGetProperty("pattern", out var pp) && p.TryGetProperty("when", out var when))
                {
                    gated.Add(("(?:" + (pp.GetString() ?? "") + ")", when.EnumerateArray().Select(w => w.GetString() ?? "").Where(w => w.Length > 0).ToArray()));
                }
                else
                {
                    throw new FormatException($"{sourceName}: cue '{cue.Name}': a pattern is a string or an object with 'pattern' and 'when'");
                }
            }
        }

        var triggers = new List<PatternTrigger>();

        if (phrases.Count == 0 && patterns.Count == 0 && gated.Count == 0)
        {
            throw new FormatException($"{sourceName}: cue '{cue.Name}' has neither phrases nor patterns");
        }

        // Phrases with punctuation ("scope:") cannot be words of the trie; they join the patterns.
        var odd = phrases.Where(p => !PhraseTrie.Accepts(p)).ToList();
        foreach (var p in phrases.Except(odd))
        {
            trie.Add((p, id));
        }

        var searched = patterns.ToList();
        if (odd.Count > 0)
        {
            searched.Add(@"(?<![\w'-])(?:" + string.Join('|', odd.Select(PhraseToPattern)) + @")(?![\w'])");
        }

        var whole = patterns.Concat(gated.Select(g => g.Pattern)).ToList();
        if (phrases.Count > 0)
        {
            whole.Add(@"(?<![\w'-])(?:" + string.Join('|', phrases.Select(PhraseToPattern)) + @")(?![\w'])");
        }

        try
        {
            const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
            var search = searched.Count == 0 ? null : new Regex(string.Join('|', searched), Options | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
            // Patterns with the same trigger words are searched as one expression: one pass over the field.
            foreach (var group in gated.GroupBy(g => string.Join('\u0001', g.When.Order(StringComparer.Ordinal)), StringComparer.Ordinal))
            {
                var when = group.First().When;
                var pattern = string.Join('|', group.Select(g => g.Pattern));
                var triggerId = nextTriggerId++;
                var words = when.Where(PhraseTrie.Accepts).ToList();
                foreach (var w in words)
                {
                    trie.Add((w, triggerId));
                }

                var chars = when.Where(w => w.Length == 1 && !char.IsLetterOrDigit(w[0])).Select(w => w[0]).ToArray();
                triggers.Add(new PatternTrigger(triggerId, when.Contains("#digit"), chars,
                    new Regex(pattern, Options | RegexOptions.Compiled, Regex.InfiniteMatchTimeout)));
            }

            var wholeRegex = new Lazy<Regex>(() => new Regex(string.Join('|', whole), Options, Regex.InfiniteMatchTimeout));
            if (search is null)
            {
                // Validate the phrase form now rather than on first use.
                _ = wholeRegex.Value;
            }

            return new CueDefinition(cue.Name, id, phrases.Count > odd.Count, search, triggers, wholeRegex);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{sourceName}: cue '{cue.Name}' has an invalid pattern: {e.Message}", e);
        }
    }

    // No match timeout: configuring one costs about 15% of the engine's time, and the patterns are bounded
    // ({0,60}-style repeats, no nested quantifiers) on fields capped at FieldText.MaxLength.
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
