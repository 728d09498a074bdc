using System.Runtime.CompilerServices;
namespace PoPath.Core.Insights;

/// <summary>k-means on dense rows with greedy k-means++ seeding (as scikit-learn), seeded and deterministic.</summary>
/// <remarks>
/// Hand-written: Microsoft.ML's KMeansTrainer needs an ML.NET pipeline and data view around 200-dimensional rows and
/// does not expose the greedy k-means++ trials or a seed per restart. Iterations use Hamerly's bounds (2010): each
/// point keeps an upper bound on the distance to its centre and a lower bound on the distance to every other centre,
/// and is only measured again when the bounds no longer prove its centre is still the nearest — the same assignments
/// as Lloyd's algorithm with a fraction of the distance computations. Work runs over fixed chunks of points; each
/// point's result depends only on the centres and its own bounds, and centre sums run in index order, so the output
/// does not depend on the number of cores or on thread timing.
/// </remarks>
internal static class KMeans
{
    private const int PointChunk = 256;

    /// <summary>Most n × k lower bounds Elkan's variant keeps (128 MB of floats); larger runs use Hamerly's single bound.</summary>
    private const long ElkanBoundLimit = 32_000_000;

    /// <summary>Bounds are compared with this relative slack so float rounding can only make a point be re-measured, never skipped wrongly.</summary>
    private const float Slack = 1.00001f;

    /// <summary>Called after each seeding and each run with its name (the Eval tool's profile sets it; null otherwise).</summary>
    internal static Action<string>? Stage { get; set; }

    public sealed record Result(int[] Labels, float[] Centroids, double Inertia, int Iterations);

    /// <summary>The best of <paramref name="restarts"/> seeded runs by inertia (Elkan's bounds, or Hamerly's when n × k is too large).</summary>
    /// <param name="greedy">Greedy k-means++ (2 + ln k candidates per centre, as scikit-learn) or plain k-means++ (one candidate: cheaper, for quick trial runs).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Run(float[] rows, int n, int d, int k, int seed, int restarts = 3, int maxIterations = 100, bool greedy = true) =>
        (long)n * Math.Min(k, n) <= ElkanBoundLimit
            ? Best(rows, n, d, k, seed, restarts, greedy, (centres, tolerance) => Elkan(rows, n, d, Math.Min(k, n), centres, maxIterations, tolerance))
            : Best(rows, n, d, k, seed, restarts, greedy, (centres, tolerance) => Hamerly(rows, n, d, Math.Min(k, n), centres, maxIterations, tolerance));

    /// <summary>Elkan's bounds (one lower bound per point and centre): the fewest distance computations, n × k floats of memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result RunElkan(float[] rows, int n, int d, int k, int seed, int restarts = 3, int maxIterations = 100) =>
        Best(rows, n, d, k, seed, restarts, true, (centres, tolerance) => Elkan(rows, n, d, Math.Min(k, n), centres, maxIterations, tolerance));

    /// <summary>Hamerly's bounds (one lower bound per point): for runs too large for Elkan's n × k bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result RunHamerly(float[] rows, int n, int d, int k, int seed, int restarts = 3, int maxIterations = 100) =>
        Best(rows, n, d, k, seed, restarts, true, (centres, tolerance) => Hamerly(rows, n, d, Math.Min(k, n), centres, maxIterations, tolerance));

    /// <summary>The same runs with plain Lloyd iterations (every point measured against every centre): the reference Hamerly must match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result RunLloyd(float[] rows, int n, int d, int k, int seed, int restarts = 3, int maxIterations = 100) =>
        Best(rows, n, d, k, seed, restarts, true, (centres, tolerance) => Lloyd(rows, n, d, Math.Min(k, n), centres, maxIterations, tolerance));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Best(float[] rows, int n, int d, int k, int seed, int restarts, bool greedy, Func<float[], double, Result> iterate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(restarts, 1);
        k = Math.Min(k, n);
        var random = new Random(seed);
        var tolerance = Tolerance(rows, n, d);
        Result? best = null;
        for (var r = 0; r < restarts; r++)
        {
            var centres = PlusPlus(rows, n, d, k, new Random(random.Next()), greedy ? 2 + (int)Math.Log(k) : 1);
            Stage?.Invoke("k-means++");
            var run = iterate(centres, tolerance);
            Stage?.Invoke($"iterations ({run.Iterations})");
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }
        }

        return best!;
    }

    /// <summary>Convergence threshold on the total squared centre shift: 1e-4 × the mean variance of the features (scikit-learn's <c>tol</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>k-means++: each new centre is the best of <paramref name="trials"/> candidates drawn in proportion to squared distance (greedy when more than one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] PlusPlus(float[] rows, int n, int d, int k, Random random, int trials)
    {
        var centres = new float[k * d];
        var first = random.Next(n);
        Dense.Row(rows, first, d).CopyTo(centres.AsSpan(0, d));
        var closest = new float[n];
        Chunks.For(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                closest[i] = Dense.SquaredDistance(Dense.Row(rows, i, d), Dense.Row(rows, first, d));
            }
        });
        var potential = Sum(closest);
        var candidateDistances = new float[trials][];
        for (var t = 0; t < trials; t++)
        {
            candidateDistances[t] = new float[n];
        }

        var candidates = new int[trials];
        for (var c = 1; c < k; c++)
        {
            for (var t = 0; t < trials; t++)
            {
                candidates[t] = Sample(closest, potential, random);
            }

            // All trials at once over fixed point chunks; each trial's potential is then summed in index order.
            Chunks.For(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
            {
                Span<float> four = stackalloc float[4];
                for (var i = start; i < end; i++)
                {
                    var x = Dense.Row(rows, i, d);
                    var t = 0;
                    for (; t + 4 <= trials; t += 4)
                    {
                        Dense.SquaredDistance4(x, Dense.Row(rows, candidates[t], d), Dense.Row(rows, candidates[t + 1], d), Dense.Row(rows, candidates[t + 2], d), Dense.Row(rows, candidates[t + 3], d), four);
                        for (var u = 0; u < 4; u++)
                        {
                            candidateDistances[t + u][i] = Math.Min(closest[i], four[u]);
                        }
                    }

                    for (; t < trials; t++)
                    {
                        candidateDistances[t][i] = Math.Min(closest[i], Dense.SquaredDistance(x, Dense.Row(rows, candidates[t], d)));
                    }
                }
            });
            var bestTrial = -1;
            var bestPotential = double.MaxValue;
            for (var t = 0; t < trials; t++)
            {
                var p = Sum(candidateDistances[t]);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Sum(float[] values)
    {
        var s = 0.0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Squared distances from one point to every centre, four centres per pass over the point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SquaredDistances(ReadOnlySpan<float> x, float[] centres, int d, int k, Span<float> into)
    {
        var c = 0;
        for (; c + 4 <= k; c += 4)
        {
            Dense.SquaredDistance4(x, Dense.Row(centres, c, d), Dense.Row(centres, c + 1, d), Dense.Row(centres, c + 2, d), Dense.Row(centres, c + 3, d), into.Slice(c, 4));
        }

        for (; c < k; c++)
        {
            into[c] = Dense.SquaredDistance(x, Dense.Row(centres, c, d));
        }
    }

    /// <summary>The nearest and second-nearest centre of one point, by squared distance (ties to the lower index).</summary>
    private static (int Best, float BestSq, float SecondSq) Nearest(ReadOnlySpan<float> x, float[] centres, int d, int k)
    {
        Span<float> four = stackalloc float[4];
        var best = 0;
        var bestSq = float.MaxValue;
        var secondSq = float.MaxValue;
        var c = 0;
        for (; c < k; c += 4)
        {
            var count = Math.Min(4, k - c);
            if (count == 4)
            {
                Dense.SquaredDistance4(x, Dense.Row(centres, c, d), Dense.Row(centres, c + 1, d), Dense.Row(centres, c + 2, d), Dense.Row(centres, c + 3, d), four);
            }
            else
            {
                for (var t = 0; t < count; t++)
                {
                    four[t] = Dense.SquaredDistance(x, Dense.Row(centres, c + t, d));
                }
            }

            for (var t = 0; t < count; t++)
            {
                var sq = four[t];
                if (sq < bestSq)
                {
                    secondSq = bestSq;
                    bestSq = sq;
                    best = c + t;
                }
                else if (sq < secondSq)
                {
                    secondSq = sq;
                }
            }
        }

        return (best, bestSq, secondSq);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Lloyd(float[] rows, int n, int d, int k, float[] centres, int maxIterations, double tolerance)
    {
        var labels = new int[n];
        var changedPerChunk = new int[Chunks.Count(n, PointChunk)];
        var iterations = 0;
        for (var it = 0; it < maxIterations; it++)
        {
            iterations = it + 1;
            Array.Clear(changedPerChunk);
            Chunks.ForIndexed(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk, start, end) =>
            {
                for (var i = start; i < end; i++)
                {
                    var best = Nearest(Dense.Row(rows, i, d), centres, d, k).Best;
                    if (labels[i] != best || it == 0)
                    {
                        labels[i] = best;
                        changedPerChunk[chunk]++;
                    }
                }
            });
            if (changedPerChunk.Sum() == 0 && it > 0)
            {
                return Finish(rows, n, d, labels, centres, iterations);
            }

            var (shift, _) = Update(rows, n, d, k, labels, centres);
            if (shift <= tolerance)
            {
                break;
            }
        }

        return Complete(rows, n, d, k, labels, centres, iterations, converged: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Hamerly(float[] rows, int n, int d, int k, float[] centres, int maxIterations, double tolerance)
    {
        var labels = new int[n];
        var upper = new float[n];
        var lower = new float[n];
        var half = new float[k];
        var changedPerChunk = new int[Chunks.Count(n, PointChunk)];
        Chunks.For(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var (best, bestSq, secondSq) = Nearest(Dense.Row(rows, i, d), centres, d, k);
                labels[i] = best;
                upper[i] = MathF.Sqrt(bestSq);
                lower[i] = k > 1 ? MathF.Sqrt(secondSq) : float.MaxValue;
            }
        });
        var iterations = 1;
        var converged = false;
        while (true)
        {
            var (shift, moves) = Update(rows, n, d, k, labels, centres, upper, lower);
            if (shift <= tolerance || iterations >= maxIterations)
            {
                break;
            }

            // Bounds follow the centres: the own centre moved by moves[a], any other by at most the largest other move.
            var (top, topMove, secondMove) = Largest(moves);
            HalfGaps(centres, d, k, half);
            Array.Clear(changedPerChunk);
            Chunks.ForIndexed(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk, start, end) =>
            {
                for (var i = start; i < end; i++)
                {
                    var a = labels[i];
                    upper[i] += moves[a];
                    lower[i] -= a == top ? secondMove : topMove;
                    var m = Math.Max(half[a], lower[i]);
                    if (upper[i] * Slack <= m)
                    {
                        continue;
                    }

                    var x = Dense.Row(rows, i, d);
                    upper[i] = MathF.Sqrt(Dense.SquaredDistance(x, Dense.Row(centres, a, d)));
                    if (upper[i] * Slack <= m)
                    {
                        continue;
                    }

                    var (best, bestSq, secondSq) = Nearest(x, centres, d, k);
                    upper[i] = MathF.Sqrt(bestSq);
                    lower[i] = MathF.Sqrt(secondSq);
                    if (best != a)
                    {
                        labels[i] = best;
                        changedPerChunk[chunk]++;
                    }
                }
            });
            iterations++;
            if (changedPerChunk.Sum() == 0)
            {
                converged = true;
                break;
            }
        }

        return Complete(rows, n, d, k, labels, centres, iterations, converged);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Elkan(float[] rows, int n, int d, int k, float[] centres, int maxIterations, double tolerance)
    {
        var labels = new int[n];
        var upper = new float[n];
        var lower = new float[(long)n * k];
        var gaps = new float[k * k];
        var half = new float[k];
        var changedPerChunk = new int[Chunks.Count(n, PointChunk)];
        Chunks.For(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var x = Dense.Row(rows, i, d);
                var bounds = lower.AsSpan(i * k, k);
                var best = 0;
                var bestDistance = float.MaxValue;
                SquaredDistances(x, centres, d, k, bounds);
                for (var c = 0; c < k; c++)
                {
                    var distance = MathF.Sqrt(bounds[c]);
                    bounds[c] = distance;
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = c;
                    }
                }

                labels[i] = best;
                upper[i] = bestDistance;
            }
        });
        var iterations = 1;
        var converged = false;
        while (true)
        {
            var (shift, moves) = Update(rows, n, d, k, labels, centres, upper, null, lower);
            if (shift <= tolerance || iterations >= maxIterations)
            {
                break;
            }

            CentreGaps(centres, d, k, gaps, half);
            Array.Clear(changedPerChunk);
            Chunks.ForIndexed(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk, start, end) =>
            {
                for (var i = start; i < end; i++)
                {
                    var bounds = lower.AsSpan(i * k, k);
                    for (var c = 0; c < k; c++)
                    {
                        bounds[c] = Math.Max(0f, bounds[c] - moves[c]);
                    }

                    var a = labels[i];
                    var u = upper[i] + moves[a];
                    if (u * Slack <= half[a])
                    {
                        upper[i] = u;
                        continue;
                    }

                    var x = Dense.Row(rows, i, d);
                    var tight = false;
                    var start0 = a;
                    for (var c = 0; c < k; c++)
                    {
                        // A centre can only win if the point's distance to its own centre exceeds both bounds.
                        if (c == a || u * Slack <= bounds[c] || u * Slack <= 0.5f * gaps[(a * k) + c])
                        {
                            continue;
                        }

                        if (!tight)
                        {
                            u = MathF.Sqrt(Dense.SquaredDistance(x, Dense.Row(centres, a, d)));
                            bounds[a] = u;
                            tight = true;
                            if (u * Slack <= bounds[c] || u * Slack <= 0.5f * gaps[(a * k) + c])
                            {
                                continue;
                            }
                        }

                        var distance = MathF.Sqrt(Dense.SquaredDistance(x, Dense.Row(centres, c, d)));
                        bounds[c] = distance;
                        if (distance < u || (distance == u && c < a))
                        {
                            a = c;
                            u = distance;
                        }
                    }

                    upper[i] = u;
                    if (a != start0)
                    {
                        labels[i] = a;
                        changedPerChunk[chunk]++;
                    }
                }
            });
            iterations++;
            if (changedPerChunk.Sum() == 0)
            {
                converged = true;
                break;
            }
        }

        return Complete(rows, n, d, k, labels, centres, iterations, converged);
    }

    /// <summary>The result of a run; when it stopped before converging, the centres moved after the last assignment, so one more assignment makes labels and centres agree (as scikit-learn).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Complete(float[] rows, int n, int d, int k, int[] labels, float[] centres, int iterations, bool converged)
    {
        if (!converged)
        {
            Chunks.For(n, PointChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
            {
                for (var i = start; i < end; i++)
                {
                    labels[i] = Nearest(Dense.Row(rows, i, d), centres, d, k).Best;
                }
            });
        }

        return Finish(rows, n, d, labels, centres, iterations);
    }

    /// <summary>Distances between centres and, for each centre, half the distance to its nearest other centre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CentreGaps(float[] centres, int d, int k, float[] gaps, float[] half)
    {
        Array.Fill(half, float.MaxValue);
        for (var a = 0; a < k; a++)
        {
            gaps[(a * k) + a] = 0;
            for (var b = a + 1; b < k; b++)
            {
                var g = MathF.Sqrt(Dense.SquaredDistance(Dense.Row(centres, a, d), Dense.Row(centres, b, d)));
                gaps[(a * k) + b] = g;
                gaps[(b * k) + a] = g;
                half[a] = Math.Min(half[a], 0.5f * g);
                half[b] = Math.Min(half[b], 0.5f * g);
            }
        }
    }

    /// <summary>Half the distance from each centre to its nearest other centre: a point nearer its centre than that cannot be nearer another.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HalfGaps(float[] centres, int d, int k, float[] half)
    {
        Array.Fill(half, float.MaxValue);
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                var g = 0.5f * MathF.Sqrt(Dense.SquaredDistance(Dense.Row(centres, a, d), Dense.Row(centres, b, d)));
                half[a] = Math.Min(half[a], g);
                half[b] = Math.Min(half[b], g);
            }
        }
    }

    private static (int Top, float TopMove, float SecondMove) Largest(float[] moves)
    {
        var top = 0;
        var topMove = 0f;
        var secondMove = 0f;
        for (var c = 0; c < moves.Length; c++)
        {
            if (moves[c] > topMove)
            {
                secondMove = topMove;
                topMove = moves[c];
                top = c;
            }
            else if (moves[c] > secondMove)
            {
                secondMove = moves[c];
            }
        }

        return (top, topMove, secondMove);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result Finish(float[] rows, int n, int d, int[] labels, float[] centres, int iterations)
    {
        var inertia = 0.0;
        for (var i = 0; i < n; i++)
        {
            inertia += Dense.SquaredDistance(Dense.Row(rows, i, d), Dense.Row(centres, labels[i], d));
        }

        return new Result(labels, centres, inertia, iterations);
    }

    /// <summary>
    /// Moves each centre to its members' mean; an empty cluster takes the point farthest from its centre (whose bounds
    /// are then reset). Returns the total squared shift and each centre's move.
    /// </summary>
    private static (double Shift, float[] Moves) Update(float[] rows, int n, int d, int k, int[] labels, float[] centres, float[]? upper = null, float[]? lower = null, float[]? lowerPerCentre = null)
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

        if (counts.Contains(0))
        {
            Relocate(rows, n, d, k, labels, centres, sums, counts, upper, lower, lowerPerCentre);
        }

        var shift = 0.0;
        var moves = new float[k];
        for (var c = 0; c < k; c++)
        {
            if (counts[c] == 0)
            {
                continue;
            }

            var move = 0.0;
            for (var j = 0; j < d; j++)
            {
                var mean = (float)(sums[(c * d) + j] / counts[c]);
                var delta = mean - centres[(c * d) + j];
                move += delta * delta;
                centres[(c * d) + j] = mean;
            }

            shift += move;
            moves[c] = (float)Math.Sqrt(move);
        }

        return (shift, moves);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Relocate(float[] rows, int n, int d, int k, int[] labels, float[] centres, double[] sums, int[] counts, float[]? upper, float[]? lower, float[]? lowerPerCentre)
    {
        var distances = new float[n];
        for (var i = 0; i < n; i++)
        {
            distances[i] = Dense.SquaredDistance(Dense.Row(rows, i, d), Dense.Row(centres, labels[i], d));
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
            // Its own centre will sit on it; the bounds are reset so the next step measures it again.
            upper?[far] = MathF.Sqrt(distances[far]);
            lower?[far] = 0;
            lowerPerCentre?.AsSpan(far * k, k).Clear();
        }
    }
}
