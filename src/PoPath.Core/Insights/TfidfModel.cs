using System.Runtime.CompilerServices;
namespace PoPath.Core.Insights;

/// <summary>A fitted TF-IDF vocabulary (sublinear tf, smooth idf, L2-normalised rows — scikit-learn's formulas) and the rows of the texts it was fitted on.</summary>
internal sealed class TfidfModel
{
    private readonly Dictionary<string, int> _index;
    private readonly TermKind _kind;
    private readonly int _minN;
    private readonly int _maxN;
    private readonly IReadOnlySet<string> _stopWords;

    private TfidfModel(TermKind kind, int minN, int maxN, IReadOnlySet<string> stopWords, string[] terms, float[] idf, SparseRows rows)
    {
        _kind = kind;
        _minN = minN;
        _maxN = maxN;
        _stopWords = stopWords;
        Terms = terms;
        Idf = idf;
        Rows = rows;
        _index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            _index[terms[i]] = i;
        }
    }

    public string[] Terms { get; }

    public float[] Idf { get; }

    public SparseRows Rows { get; }

    /// <summary>Learns the vocabulary (terms in at least <paramref name="minDf"/> texts) and weights the texts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TfidfModel Fit(IReadOnlyList<string> texts, TermKind kind, int minN, int maxN, int minDf, IReadOnlySet<string> stopWords)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var docTerms = new int[texts.Count][];
        var docCounts = new int[texts.Count][];
        var counts = new Dictionary<int, int>();
        var df = new List<int>();
        for (var d = 0; d < texts.Count; d++)
        {
            counts.Clear();
            Emit(texts[d], kind, minN, maxN, stopWords, term =>
            {
                if (!lookup.TryGetValue(term, out var id))
                {
                    id = vocabulary.Count;
                    lookup[term] = id;
                    df.Add(0);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            });
            var ids = new int[counts.Count];
            var cs = new int[counts.Count];
            var k = 0;
            foreach (var (id, c) in counts)
            {
                ids[k] = id;
                cs[k++] = c;
                df[id]++;
            }

            docTerms[d] = ids;
            docCounts[d] = cs;
        }

        // Keep the terms that occur in enough texts, in ordinal order so column numbers do not depend on text order.
        var kept = vocabulary.Where(p => df[p.Value] >= minDf).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        var remap = new int[vocabulary.Count];
        Array.Fill(remap, -1);
        var idf = new float[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            var old = vocabulary[kept[i]];
            remap[old] = i;
            idf[i] = (float)(Math.Log((1.0 + texts.Count) / (1.0 + df[old])) + 1.0);
        }

        var rows = Build(texts.Count, d => (docTerms[d], docCounts[d]), remap, idf);
        return new TfidfModel(kind, minN, maxN, stopWords, kept, idf, rows);
    }

    /// <summary>Weights other texts (backlog items, sentences) with this vocabulary; unknown terms are dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SparseRows Transform(IReadOnlyList<string> texts)
    {
        var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        var all = new (int[] Ids, int[] Counts)[texts.Count];
        var counts = new Dictionary<int, int>();
        for (var d = 0; d < texts.Count; d++)
        {
            counts.Clear();
            Emit(texts[d], _kind, _minN, _maxN, _stopWords, term =>
            {
                if (lookup.TryGetValue(term, out var id))
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            });
            all[d] = (counts.Keys.ToArray(), counts.Values.ToArray());
        }

        var identity = Enumerable.Range(0, Terms.Length).ToArray();
        return Build(texts.Count, d => all[d], identity, Idf);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Emit(string text, TermKind kind, int minN, int maxN, IReadOnlySet<string> stopWords, Tokens.TermSink sink)
    {
        var lower = text.ToLowerInvariant();
        if (kind == TermKind.CharWithinWords)
        {
            Tokens.CharWithinWords(lower, minN, maxN, sink);
        }
        else
        {
            Tokens.Words(lower, minN, maxN, stopWords, sink);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SparseRows Build(int n, Func<int, (int[] Ids, int[] Counts)> doc, int[] remap, float[] idf)
    {
        var rowStart = new int[n + 1];
        var cols = new List<int>();
        var vals = new List<float>();
        var pairs = new List<(int Col, float Val)>();
        for (var d = 0; d < n; d++)
        {
            pairs.Clear();
            var (ids, cs) = doc(d);
            var norm = 0.0;
            for (var k = 0; k < ids.Length; k++)
            {
                var col = remap[ids[k]];
                if (col < 0)
                {
                    continue;
                }

                var w = (float)((1.0 + Math.Log(cs[k])) * idf[col]);
                pairs.Add((col, w));
                norm += (double)w * w;
            }

            pairs.Sort((a, b) => a.Col.CompareTo(b.Col));
            var scale = norm > 0 ? (float)(1.0 / Math.Sqrt(norm)) : 0f;
            foreach (var (col, w) in pairs)
            {
                cols.Add(col);
                vals.Add(w * scale);
            }

            rowStart[d + 1] = cols.Count;
        }

        return new SparseRows(rowStart, [.. cols], [.. vals], idf.Length);
    }
}
