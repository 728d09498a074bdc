namespace PoPath.Core.Insights;

/// <summary>Lloyd's k-means on dense rows with greedy k-means++ seeding (as scikit-learn), seeded and deterministic.</summary>
/// <remarks>
/// Hand-written: Microsoft.ML's KMeansTrainer needs an ML.NET pipeline and data view around 100-dimensional rows and
/// does not expose the greedy k-means++ trials or a seed per restart; the algorithm is ~150 lines. Assignment runs in
/// parallel, but each point's result depends only on the centroids and centroid sums run in index order, so the
/// output does not depend on the number of cores.
/// </remarks>
internal static class KMeans
{
    public sealed record Result(int[] Labels, float[] Centroids, double Inertia, int Iterations);

    public static Result Run(float[] rows, int n, int d, int k, int seed, int restarts = 3, int maxIterations = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        k = Math.Min(k, n);
        var random = new Random(seed);
        var tolerance = Tolerance(rows, n, d);
        Result? best = null;
        for (var r = 0; r < restarts; r++)
        {
            var run = Lloyd(rows, n, d, k, PlusPlus(rows, n, d, k, new Random(random.Next())), maxIterations, tolerance);
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }
        }

        return best!;
    }

    /// <summary>Convergence threshold on the total squared centre shift: 1e-4 × the mean variance of the features (scikit-learn's <c>tol</c>).</summary>
    private static double Tolerance(float[] rows, int n, int d)
    {
        var mean = new double[d];
        var square = new double[d];
        for (var i = 0; i < n; i++)
        {
            var x = Dense.Row(rows, i, d);
            for (var j = 0; j < d; j++)
            {
                mean[j] += x[j];
                square[j] += (double)x[j] * x[j];
            }
        }

        var variance = 0.0;
        for (var j = 0; j < d; j++)
        {
            var m = mean[j] / n;
            variance += (square[j] / n) - (m * m);
        }

        return 1e-4 * variance / d;
    }

    /// <summary>Greedy k-means++: each new centre is the best of 2 + ln k candidates drawn in proportion to squared distance.</summary>
    private static float[] PlusPlus(float[] rows, int n, int d, int k, Random random)
    {
        var centres = new float[k * d];
        var first = random.Next(n);
        Dense.Row(rows, first, d).CopyTo(centres.AsSpan(0, d));
        var closest = new float[n];
        Parallel.For(0, n, i => closest[i] = Dense.SquaredDistance(Dense.Row(rows, i, d), Dense.Row(rows, first, d)));
        var potential = closest.Sum(x => (double)x);
        var trials = 2 + (int)Math.Log(k);
        var candidateDistances = new float[trials][];
        for (var t = 0; t < trials; t++)
        {
            candidateDistances[t] = new float[n];
        }

        for (var c = 1; c < k; c++)
        {
            var candidates = new int[trials];
            for (var t = 0; t < trials; t++)
            {
                candidates[t] = Sample(closest, potential, random);
            }

            var bestTrial = -1;
            var bestPotential = double.MaxValue;
            for (var t = 0; t < trials; t++)
            {
                var cand = candidates[t];
                var dist = candidateDistances[t];
                Parallel.For(0, n, i =>
                {
                    var sq = Dense.SquaredDistance(Dense.Row(rows, i, d), Dense.Row(rows, cand, d));
                    dist[i] = Math.Min(closest[i], sq);
                });
                var p = 0.0;
                for (var i = 0; i < n; i++)
                {
                    p += dist[i];
                }

                if (p < bestPotential)
                {
                    bestPotential = p;
                    bestTrial = t;
                }
            }

            Array.Copy(candidateDistances[bestTrial], closest, n);
            potential = bestPotential;
            Dense.Row(rows, candidates[bestTrial], d).CopyTo(centres.AsSpan(c * d, d));
        }

        return centres;
    }

    private static int Sample(float[] closest, double potential, Random random)
    {
        var target = random.NextDouble() * potential;
        var acc = 0.0;
        for (var i = 0; i < closest.Length; i++)
        {
            acc += closest[i];
            if (acc >= target && closest[i] > 0)
            {
                return i;
            }
        }

        // Every point already sits on a centre (duplicates): take the last one with any distance, else the last.
        for (var i = closest.Length - 1; i >= 0; i--)
        {
            if (closest[i] > 0)
            {
                return i;
            }
        }

        return closest.Length - 1;
    }

    private static Result Lloyd(float[] rows, int n, int d, int k, float[] centres, int maxIterations, double tolerance)
    {
        var labels = new int[n];
        var distances = new float[n];
        var norms = new float[k];
        var iterations = 0;
        for (var it = 0; it < maxIterations; it++)
        {
            iterations = it + 1;
            for (var c = 0; c < k; c++)
            {
                norms[c] = Dense.Dot(Dense.Row(centres, c, d), Dense.Row(centres, c, d));
            }

            var changed = 0;
            Parallel.For(0, n, () => 0, (i, _, local) =>
            {
                var x = Dense.Row(rows, i, d);
                var best = 0;
                var bestScore = float.MaxValue;
                for (var c = 0; c < k; c++)
                {
                    var score = norms[c] - (2 * Dense.Dot(x, Dense.Row(centres, c, d)));
                    if (score < bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                distances[i] = Math.Max(0, bestScore + Dense.Dot(x, x));
                if (labels[i] != best || it == 0)
                {
                    labels[i] = best;
                    local++;
                }

                return local;
            }, local => Interlocked.Add(ref changed, local));
            if (changed == 0 && it > 0)
            {
                break;
            }

            var shift = Update(rows, n, d, k, labels, distances, centres);
            if (shift <= tolerance)
            {
                break;
            }
        }

        var inertia = 0.0;
        for (var i = 0; i < n; i++)
        {
            inertia += distances[i];
        }

        return new Result(labels, centres, inertia, iterations);
    }

    /// <summary>Moves each centre to its members' mean; an empty cluster takes the point farthest from its centre. Returns the total squared shift.</summary>
    private static double Update(float[] rows, int n, int d, int k, int[] labels, float[] distances, float[] centres)
    {
        var sums = new double[k * d];
        var counts = new int[k];
        for (var i = 0; i < n; i++)
        {
            var c = labels[i];
            counts[c]++;
            var x = Dense.Row(rows, i, d);
            var s = sums.AsSpan(c * d, d);
            for (var j = 0; j < d; j++)
            {
                s[j] += x[j];
            }
        }

        var taken = new HashSet<int>();
        for (var c = 0; c < k; c++)
        {
            if (counts[c] > 0)
            {
                continue;
            }

            var far = -1;
            for (var i = 0; i < n; i++)
            {
                if (!taken.Contains(i) && counts[labels[i]] > 1 && (far < 0 || distances[i] > distances[far]))
                {
                    far = i;
                }
            }

            if (far < 0)
            {
                continue;
            }

            taken.Add(far);
            var from = labels[far];
            counts[from]--;
            var x = Dense.Row(rows, far, d);
            for (var j = 0; j < d; j++)
            {
                sums[(from * d) + j] -= x[j];
                sums[(c * d) + j] = x[j];
            }

            counts[c] = 1;
            labels[far] = c;
        }

        var shift = 0.0;
        for (var c = 0; c < k; c++)
        {
            if (counts[c] == 0)
            {
                continue;
            }

            for (var j = 0; j < d; j++)
            {
                var mean = (float)(sums[(c * d) + j] / counts[c]);
                var delta = mean - centres[(c * d) + j];
                shift += delta * delta;
                centres[(c * d) + j] = mean;
            }
        }

        return shift;
    }
}
