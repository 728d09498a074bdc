using PoPath.Core.Model;

namespace PoPath.Core.Text;

/// <summary>An item's text fields prepared once for all detectors: capped, split into sentences, phrases matched, the story parsed.</summary>
/// <remarks>Not thread-safe: one item is analysed on one thread. Cue results are computed on first request and cached.</remarks>
public sealed class ItemText
{
    private List<CueHit>?[] _cache;
    private List<CueHit>?[] _trie;

    public ItemText(BacklogItem item, Lexicon lexicon)
    {
        var fields = new List<FieldText>(3);
        foreach (var name in ItemFields.TextFields)
        {
            var text = item.TextOf(name);
            if (!string.IsNullOrWhiteSpace(text))
            {
                fields.Add(new FieldText(name, text));
            }
        }

        Fields = fields;
        Lexicon = lexicon;
        _cache = new List<CueHit>?[lexicon.IdCount];
        _trie = new List<CueHit>?[lexicon.IdCount];
        var sink = TrieSink ??= new List<(int Cue, int Start, int End)>(64);
        foreach (var f in fields)
        {
            sink.Clear();
            var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(f.Text.Length);
            try
            {
                lexicon.Trie.Match(f.Lowered(buffer), sink);
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }

            foreach (var (cue, start, end) in sink)
            {
                (_trie[cue] ??= []).Add(new CueHit(f, start, end));
            }
        }

        Story = StoryParts.Parse(this, lexicon);
    }

    [ThreadStatic]
    private static List<(int Cue, int Start, int End)>? TrieSink;

    // Shared by every cue without hits; callers never change the lists Find returns.
    private static readonly List<CueHit> NoHits = [];

    public IReadOnlyList<FieldText> Fields { get; }

    public Lexicon Lexicon { get; }

    /// <summary>The user-story parts (role, means, ends) when the item is written as a story.</summary>
    public StoryParts Story { get; }

    public FieldText? Field(string name)
    {
        foreach (var f in Fields)
        {
            if (f.Name == name)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Every match of a cue over all text fields, in field then position order. The list is shared: do not change it.</summary>
    public List<CueHit> Find(string cue)
    {
        var d = Lexicon.Definition(cue);
        if (_cache.Length == 0)
        {
            throw new InvalidOperationException("the cue caches of this item were released after its detectors ran");
        }

        if (_cache[d.Id] is { } cached)
        {
            return cached;
        }

        var onlyTrie = d.Search is null && d.Gated.Count == 0;
        if (onlyTrie)
        {
            // Trie hits are already in field and position order.
            return _cache[d.Id] = _trie[d.Id] ?? NoHits;
        }

        var hits = _trie[d.Id] is { } fromTrie ? new List<CueHit>(fromTrie) : [];
        if (d.Search is { } regex)
        {
            foreach (var f in Fields)
            {
                foreach (var m in regex.EnumerateMatches(f.Text))
                {
                    hits.Add(new CueHit(f, m.Index, m.Index + m.Length));
                }
            }

        }

        foreach (var gate in d.Gated)
        {
            foreach (var f in Fields)
            {
                if (!Triggered(gate, f))
                {
                    continue;
                }

                foreach (var m in gate.Pattern.EnumerateMatches(f.Text))
                {
                    hits.Add(new CueHit(f, m.Index, m.Index + m.Length));
                }
            }
        }

        if ((d.HasTriePhrases ? 1 : 0) + (d.Search is null ? 0 : 1) + d.Gated.Count > 1)
        {
            hits.Sort((a, b) => a.Field == b.Field ? a.Start.CompareTo(b.Start) : FieldIndex(a.Field).CompareTo(FieldIndex(b.Field)));
        }

        _cache[d.Id] = hits;
        return hits;
    }

    /// <summary>Drops the cue caches once the detectors are done, so that a large backlog keeps only what the story rules need.</summary>
    internal void ReleaseCaches()
    {
        _cache = [];
        _trie = [];
    }

    /// <summary>Matches of a cue inside one span of one field.</summary>
    public List<CueHit> FindIn(string cue, FieldText field, int start, int end) =>
        Find(cue).Where(h => ReferenceEquals(h.Field, field) && h.Start >= start && h.End <= end).ToList();

    /// <summary>The first match of a cue, if any.</summary>
    public CueHit? First(string cue) => Find(cue) is { Count: > 0 } hits ? hits[0] : null;

    private bool Triggered(PatternTrigger gate, FieldText f)
    {
        if (gate.OnDigit && f.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        if (gate.OnChars.Length > 0 && f.Text.AsSpan().IndexOfAny(gate.OnChars) >= 0)
        {
            return true;
        }

        if (_trie[gate.TriggerId] is { } words)
        {
            foreach (var w in words)
            {
                if (ReferenceEquals(w.Field, f))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int FieldIndex(FieldText f)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (ReferenceEquals(Fields[i], f))
            {
                return i;
            }
        }

        return -1;
    }
}
