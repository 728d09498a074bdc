using System.Numerics;

namespace PoPath.Core.Insights;

/// <summary>Vectorised helpers over rows of a dense row-major float matrix.</summary>
internal static class Dense
{
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

    public static ReadOnlySpan<float> Row(float[] m, int i, int d) => m.AsSpan(i * d, d);

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
}
