using System.Runtime.CompilerServices;
namespace PoPath.Core.Insights;

/// <summary>Mean silhouette coefficient (Rousseeuw 1987) from a precomputed distance matrix; a point alone in its cluster scores 0, as in scikit-learn.</summary>
internal static class Silhouette
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Mean(float[] distance, int m, int[] labels, int k)
    {
        var sizes = new int[k];
        foreach (var l in labels)
        {
            sizes[l]++;
        }

        var scores = new double[m];
        Parallel.For(0, m, () => new double[k], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i, _, sums) =>
        {
            Array.Clear(sums);
            var row = distance.AsSpan(i * m, m);
            for (var j = 0; j < m; j++)
            {
                sums[labels[j]] += row[j];
            }

            var own = labels[i];
            if (sizes[own] <= 1)
            {
                scores[i] = 0;
                return sums;
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            var max = Math.Max(a, b);
            scores[i] = b == double.MaxValue || max <= 0 ? 0 : (b - a) / max;
            return sums;
        }, _ => { });
        return scores.Average();
    }
}
