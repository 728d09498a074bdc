using System.Numerics;
using System.Runtime.CompilerServices;

namespace PoPath.Core.Insights;

/// <summary>Vectorised helpers over rows of a dense row-major float matrix.</summary>
/// <remarks>
/// The theme code's loops (here, in k-means, the SVD, TF-IDF, silhouette) carry
/// <see cref="MethodImplOptions.AggressiveOptimization"/>: a theme run is one long computation, and with tiered
/// compilation its loops ran as unoptimised tier-0 or OSR code for much of it (10,000 texts with an automatic k took
/// 5.3 s instead of 3.9 s median on the 2-core machine; docs/benchmarks/themes.md). Other code keeps tiered start-up.
/// </remarks>
internal static class Dense
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var s = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<float> Row(float[] m, int i, int d) => m.AsSpan(i * d, d);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var diff = new Vector<float>(a[i..]) - new Vector<float>(b[i..]);
            sum += diff * diff;
        }

        var s = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            var diff = a[i] - b[i];
            s += diff * diff;
        }

        return s;
    }

    /// <summary>Squared distances from <paramref name="a"/> to four rows at once (one pass over <paramref name="a"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SquaredDistance4(ReadOnlySpan<float> a, ReadOnlySpan<float> b0, ReadOnlySpan<float> b1, ReadOnlySpan<float> b2, ReadOnlySpan<float> b3, Span<float> result)
    {
        var s0 = Vector<float>.Zero;
        var s1 = Vector<float>.Zero;
        var s2 = Vector<float>.Zero;
        var s3 = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var x = new Vector<float>(a[i..]);
            var d0 = x - new Vector<float>(b0[i..]);
            var d1 = x - new Vector<float>(b1[i..]);
            var d2 = x - new Vector<float>(b2[i..]);
            var d3 = x - new Vector<float>(b3[i..]);
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }

        var r0 = Vector.Sum(s0);
        var r1 = Vector.Sum(s1);
        var r2 = Vector.Sum(s2);
        var r3 = Vector.Sum(s3);
        for (; i < a.Length; i++)
        {
            var d0 = a[i] - b0[i];
            var d1 = a[i] - b1[i];
            var d2 = a[i] - b2[i];
            var d3 = a[i] - b3[i];
            r0 += d0 * d0;
            r1 += d1 * d1;
            r2 += d2 * d2;
            r3 += d3 * d3;
        }

        result[0] = r0;
        result[1] = r1;
        result[2] = r2;
        result[3] = r3;
    }

    /// <summary>Dot products of <paramref name="a"/> with four rows at once (one pass over <paramref name="a"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Dot4(ReadOnlySpan<float> a, ReadOnlySpan<float> b0, ReadOnlySpan<float> b1, ReadOnlySpan<float> b2, ReadOnlySpan<float> b3, Span<float> result)
    {
        var s0 = Vector<float>.Zero;
        var s1 = Vector<float>.Zero;
        var s2 = Vector<float>.Zero;
        var s3 = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var x = new Vector<float>(a[i..]);
            s0 += x * new Vector<float>(b0[i..]);
            s1 += x * new Vector<float>(b1[i..]);
            s2 += x * new Vector<float>(b2[i..]);
            s3 += x * new Vector<float>(b3[i..]);
        }

        var r0 = Vector.Sum(s0);
        var r1 = Vector.Sum(s1);
        var r2 = Vector.Sum(s2);
        var r3 = Vector.Sum(s3);
        for (; i < a.Length; i++)
        {
            r0 += a[i] * b0[i];
            r1 += a[i] * b1[i];
            r2 += a[i] * b2[i];
            r3 += a[i] * b3[i];
        }

        result[0] = r0;
        result[1] = r1;
        result[2] = r2;
        result[3] = r3;
    }
}
