using System.Collections.Frozen;

namespace PoPath.Core.Text;

/// <summary>All phrase lists of a lexicon in one word trie, matched in a single pass over a text's words.</summary>
/// <remarks>
/// Written here rather than taken from a library: a .NET regular expression of several hundred case-insensitive
/// phrases with word-ending wildcards ran at about 2 MB/s, and no package on our feed matches word sequences with
/// prefix wildcards. Words are runs of letters and digits, joined by inner apostrophes and hyphens ("can't",
/// "re-key"); matching is on the lower-cased text. A phrase word may end in <c>*</c> (any ending) or <c>+</c>
/// (optional plural); <c>?</c> stands for one letter.
/// </remarks>
internal sealed class PhraseTrie
{
    private readonly Node _root;

    private PhraseTrie(Node root) => _root = root;

    /// <summary>A phrase can go into the trie when it has only letters, digits, spaces, inner ' and -, and the wildcards.</summary>
    public static bool Accepts(string phrase)
    {
        foreach (var c in phrase)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '\'' or '’' or '-' or '*' or '+' or '?'))
            {
                return false;
            }
        }

        return phrase.Any(char.IsLetterOrDigit);
    }

    public static PhraseTrie Build(IEnumerable<(string Phrase, int Cue)> phrases)
    {
        var root = new Builder();
        foreach (var (phrase, cue) in phrases)
        {
            var words = phrase.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var variant in Expand(words, 0))
            {
                var node = root;
                foreach (var w in variant)
                {
                    node = node.Child(w);
                }

                node.Ends.Add(cue);
            }
        }

        return new PhraseTrie(root.Freeze());
    }

    /// <summary>Every phrase match in <paramref name="lower"/> (the field text, lower-cased, same length), as (cue, start, end).</summary>
    public void Match(ReadOnlySpan<char> lower, List<(int Cue, int Start, int End)> sink)
    {
        var words = WordBuffer ??= new List<(int, int)>(256);
        words.Clear();
        Words(lower, words);
        for (var i = 0; i < words.Count; i++)
        {
            Walk(_root, lower, words, i, i, sink);
        }
    }

    // One word list per thread, reused: the trie runs on every field of every item.
    [ThreadStatic]
    private static List<(int Start, int End)>? WordBuffer;

    private static void Walk(Node node, ReadOnlySpan<char> lower, List<(int Start, int End)> words, int first, int at, List<(int, int, int)> sink)
    {
        if (at >= words.Count)
        {
            return;
        }

        var (s, e) = words[at];
        var word = lower.Slice(s, e - s);
        if (node.Exact is { } exact && exact.TryGetValue(word, out var next))
        {
            Reach(next, lower, words, first, at, sink);
        }

        if (node.Prefixes is { } prefixes && word.Length >= 2 && prefixes.TryGetValue(word[0] << 16 | word[1], out var bucket))
        {
            foreach (var (prefix, child) in bucket)
            {
                if (word.Length >= prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Reach(child, lower, words, first, at, sink);
                }
            }
        }
    }

    private static void Reach(Node node, ReadOnlySpan<char> lower, List<(int Start, int End)> words, int first, int at, List<(int, int, int)> sink)
    {
        foreach (var cue in node.Ends)
        {
            sink.Add((cue, words[first].Start, words[at].End));
        }

        if (node.HasChildren)
        {
            Walk(node, lower, words, first, at + 1, sink);
        }
    }

    /// <summary>Word spans: letters and digits, with inner apostrophes and hyphens.</summary>
    private static void Words(ReadOnlySpan<char> t, List<(int Start, int End)> words)
    {
        var i = 0;
        while (i < t.Length)
        {
            while (i < t.Length && !IsWordChar(t[i]))
            {
                i++;
            }

            if (i >= t.Length)
            {
                break;
            }

            var start = i;
            while (i < t.Length && (IsWordChar(t[i]) || (t[i] is '\'' or '-' && i + 1 < t.Length && IsWordChar(t[i + 1]))))
            {
                i++;
            }

            words.Add((start, i));
        }
    }

    // The text is lower-cased, so ASCII words are a–z and 0–9; anything else asks Unicode.
    private static bool IsWordChar(char c) =>
        (uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || (c > 127 && char.IsLetterOrDigit(c));

    private static IEnumerable<string[]> Expand(string[] words, int from)
    {
        if (from == words.Length)
        {
            yield return [];
            yield break;
        }

        foreach (var head in ExpandWord(words[from]))
        {
            foreach (var tail in Expand(words, from + 1))
            {
                yield return [head, .. tail];
            }
        }
    }

    private static IEnumerable<string> ExpandWord(string w)
    {
        if (w.EndsWith('+'))
        {
            var stem = w[..^1];
            return [stem, stem + "s", stem + "es"];
        }

        var q = w.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            return "abcdefghijklmnopqrstuvwxyz".SelectMany(c => ExpandWord(w[..q] + c + w[(q + 1)..]));
        }

        return [w];
    }

    private sealed class Node
    {
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>>? Exact { get; init; }
        /// <summary>Children for words with a trailing *, by their first two letters.</summary>
        public FrozenDictionary<int, (string Prefix, Node Child)[]>? Prefixes { get; init; }
        public required int[] Ends { get; init; }
        public bool HasChildren => Exact is not null || Prefixes is not null;
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, Builder> _children = new(StringComparer.Ordinal);

        public List<int> Ends { get; } = [];

        public Builder Child(string word) =>
            _children.TryGetValue(word, out var b) ? b : _children[word] = new Builder();

        public Node Freeze()
        {
            var exact = _children.Where(kv => !kv.Key.EndsWith('*')).ToDictionary(kv => kv.Key, kv => kv.Value.Freeze(), StringComparer.Ordinal);
            var prefixes = _children.Where(kv => kv.Key.Length > 2 && kv.Key.EndsWith('*'))
                .Select(kv => (Prefix: kv.Key[..^1], Child: kv.Value.Freeze()))
                .GroupBy(p => p.Prefix[0] << 16 | p.Prefix[1]).ToDictionary(g => g.Key, g => g.ToArray());
            return new Node
            {
                Exact = exact.Count == 0 ? null : exact.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                Prefixes = prefixes.Count == 0 ? null : prefixes.ToFrozenDictionary(),
                Ends = [.. Ends.Distinct()],
            };
        }
    }
}
