using System.Buffers;
using System.Runtime.CompilerServices;

namespace PoPath.Core.Insights;

/// <summary>Turns a lower-cased text into the terms of one <see cref="TermKind"/>, handing each to a callback without allocating.</summary>
internal static class Tokens
{
    public delegate void TermSink(ReadOnlySpan<char> term);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CharWithinWords(string lower, int minN, int maxN, TermSink sink)
    {
        Span<char> padded = stackalloc char[258];
        var i = 0;
        while (i < lower.Length)
        {
            while (i < lower.Length && char.IsWhiteSpace(lower[i]))
            {
                i++;
            }

            var start = i;
            while (i < lower.Length && !char.IsWhiteSpace(lower[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            // Words longer than 256 characters (pasted hashes, URLs) are cut: their n-grams carry no theme.
            var word = lower.AsSpan(start, Math.Min(i - start, 256));
            padded[0] = ' ';
            word.CopyTo(padded[1..]);
            padded[word.Length + 1] = ' ';
            var w = padded[..(word.Length + 2)];
            for (var n = minN; n <= maxN; n++)
            {
                if (n >= w.Length)
                {
                    // As scikit-learn: a padded word no longer than n counts once, as itself.
                    sink(w);
                    break;
                }

                for (var o = 0; o + n <= w.Length; o++)
                {
                    sink(w.Slice(o, n));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Words(string lower, int minN, int maxN, IReadOnlySet<string> stopWords, TermSink sink)
    {
        var lookup = stopWords is HashSet<string> hs ? hs.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        var hasLookup = stopWords is HashSet<string>;
        var starts = ArrayPool<int>.Shared.Rent(64);
        var ends = ArrayPool<int>.Shared.Rent(64);
        Span<char> joined = stackalloc char[512];
        try
        {
            var count = 0;
            var i = 0;
            while (i < lower.Length)
            {
                while (i < lower.Length && !IsWordChar(lower[i]))
                {
                    i++;
                }

                var start = i;
                while (i < lower.Length && IsWordChar(lower[i]))
                {
                    i++;
                }

                var len = i - start;
                if (len < 2 || len > 64)
                {
                    continue;
                }

                var token = lower.AsSpan(start, len);
                if (hasLookup ? lookup.Contains(token) : stopWords.Contains(token.ToString()))
                {
                    continue;
                }

                if (count == starts.Length)
                {
                    Grow(ref starts, count);
                    Grow(ref ends, count);
                }

                starts[count] = start;
                ends[count] = i;
                count++;
            }

            for (var n = minN; n <= maxN; n++)
            {
                for (var t = 0; t + n <= count; t++)
                {
                    if (n == 1)
                    {
                        sink(lower.AsSpan(starts[t], ends[t] - starts[t]));
                        continue;
                    }

                    var at = 0;
                    for (var k = t; k < t + n; k++)
                    {
                        if (k > t)
                        {
                            joined[at++] = ' ';
                        }

                        var part = lower.AsSpan(starts[k], ends[k] - starts[k]);
                        part.CopyTo(joined[at..]);
                        at += part.Length;
                    }

                    sink(joined[..at]);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Grow(ref int[] array, int count)
    {
        var bigger = ArrayPool<int>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, count).CopyTo(bigger);
        ArrayPool<int>.Shared.Return(array);
        array = bigger;
    }
}
