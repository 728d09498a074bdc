using System.Numerics;
using System.Runtime.CompilerServices;

namespace PoPath.Core.Insights;

/// <summary>Truncated SVD of a sparse TF-IDF matrix by the randomized range finder (Halko, Martinsson and Tropp 2011), giving LSA coordinates.</summary>
/// <remarks>
/// Hand-written because no library fits: MathNet.Numerics' SVD works on dense matrices only (10,000 texts × 60,000
/// n-grams would be 2.4 GB of doubles), and Microsoft.ML has no truncated SVD. This is the same algorithm as
/// scikit-learn's <c>TruncatedSVD(algorithm="randomized")</c>: a seeded Gaussian sketch, power iterations with
/// re-orthonormalisation, then the small eigen-problem of B·Bᵀ (<see cref="SymmetricEigen"/>). The tall matrices are float
/// (single precision is plenty for LSA coordinates that are L2-normalised afterwards); the l×l Gram matrix and its
/// eigen-problem are double. Parallel loops run over fixed row chunks, each writing its own rows, and partial sums
/// are added in chunk order, so the result is the same on any number of cores.
/// </remarks>
internal static class RandomizedSvd
{
    private const int RowChunk = 512;

    /// <summary>Called after each stage with its name (the Eval tool's profile sets it; null otherwise).</summary>
    internal static Action<string>? Stage { get; set; }

    /// <summary>Rows of X projected on its top <paramref name="dimensions"/> singular directions (U·Σ), each row L2-normalised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float[] Project(SparseRows x, int dimensions, int seed, int powerIterations = 1)
    {
        var n = x.RowCount;
        var v = x.ColumnCount;
        var d = Math.Min(dimensions, Math.Min(n, v));
        var l = Math.Min(d + 10, Math.Min(n, v));
        var xt = x.Transpose();
        var omega = Gaussian(v * l, seed);

        Stage?.Invoke("transpose + sketch");
        var y = Multiply(x, omega, l);
        Stage?.Invoke("X·Ω");
        for (var it = 0; it < powerIterations; it++)
        {
            Orthonormalise(y, n, l, passes: 1);
            Stage?.Invoke("orthonormalise (1 pass)");
            var zt = Multiply(xt, y, l);
            Stage?.Invoke("Xᵀ·Q");
            y = Multiply(x, zt, l);
            Stage?.Invoke("X·Z");
        }

        Orthonormalise(y, n, l, passes: 2);
        Stage?.Invoke("orthonormalise (2 passes)");
        var q = y;
        var z = Multiply(xt, q, l);
        Stage?.Invoke("Xᵀ·Q");

        // M = Zᵀ·Z = B·Bᵀ with B = Qᵀ·X; its eigenvectors W and eigenvalues σ² give X ≈ Q·W·Σ·Vᵀ.
        var m = Gram(z, v, l);
        Stage?.Invoke("Gram");
        var (values, vectors) = SymmetricEigen.Decompose(m, l);
        Stage?.Invoke("eigen (tridiagonal QL)");
        var order = Enumerable.Range(0, l).OrderByDescending(i => values[i]).ThenBy(i => i).Take(d).ToArray();

        // P = W[:, order]·Σ (l × d), so U·Σ = Q·P.
        var p = new float[l * d];
        for (var k = 0; k < d; k++)
        {
            var e = order[k];
            var sigma = Math.Sqrt(Math.Max(values[e], 0));
            for (var c = 0; c < l; c++)
            {
                p[(c * d) + k] = (float)(vectors[(c * l) + e] * sigma);
            }
        }

        var result = new float[n * d];
        Chunks.For(n, RowChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var target = result.AsSpan(i * d, d);
                var qi = q.AsSpan(i * l, l);
                for (var c = 0; c < l; c++)
                {
                    Axpy(qi[c], p.AsSpan(c * d, d), target);
                }

                var norm = Dense.Dot(target, target);
                if (norm > 0)
                {
                    var scale = 1f / MathF.Sqrt(norm);
                    for (var k = 0; k < d; k++)
                    {
                        target[k] *= scale;
                    }
                }
            }
        });
        Stage?.Invoke("Q·P");
        return result;
    }

    /// <summary>The number of columns <see cref="Project"/> gives for this matrix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Width(SparseRows x, int dimensions) => Math.Min(dimensions, Math.Min(x.RowCount, x.ColumnCount));

    /// <summary>A seeded v×l sketch of standard normals (Box-Muller: two normals per pair of uniforms).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float[] Gaussian(int count, int seed)
    {
        var random = new Random(seed);
        var omega = new float[count];
        for (var i = 0; i < omega.Length; i += 2)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            omega[i] = (float)(radius * Math.Cos(2.0 * Math.PI * u2));
            if (i + 1 < omega.Length)
            {
                omega[i + 1] = (float)(radius * Math.Sin(2.0 * Math.PI * u2));
            }
        }

        return omega;
    }

    /// <summary>X·D for a dense row-major D with <paramref name="l"/> columns; row-major float result (CSR rows × dense, one row per output row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static float[] Multiply(SparseRows x, float[] dense, int l)
    {
        var result = new float[x.RowCount * l];
        Chunks.For(x.RowCount, RowChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var cols = x.ColumnsOf(i);
                var vals = x.ValuesOf(i);
                var target = result.AsSpan(i * l, l);
                for (var p = 0; p < cols.Length; p++)
                {
                    Axpy(vals[p], dense.AsSpan(cols[p] * l, l), target);
                }
            }
        });
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Axpy(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        var a = new Vector<float>(alpha);
        var i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(y[i..]) + (a * new Vector<float>(x[i..]))).CopyTo(y[i..]);
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>Zᵀ·Z in double for a row-major r×l float Z: partial sums per fixed row chunk, added in chunk order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Gram(float[] z, int r, int l)
    {
        const int chunk = 2048;
        var partials = new double[Chunks.Count(r, chunk)][];
        Chunks.ForIndexed(r, chunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c, start, end) =>
        {
            var g = new double[l * l];
            var row = new double[l];
            for (var i = start; i < end; i++)
            {
                var zi = z.AsSpan(i * l, l);
                for (var a = 0; a < l; a++)
                {
                    row[a] = zi[a];
                }

                for (var a = 0; a < l; a++)
                {
                    var za = row[a];
                    if (za != 0)
                    {
                        Axpy(za, row.AsSpan(a, l - a), g.AsSpan((a * l) + a, l - a));
                    }
                }
            }

            partials[c] = g;
        });
        var m = partials.Length > 0 ? partials[0] : new double[l * l];
        for (var c = 1; c < partials.Length; c++)
        {
            var g = partials[c];
            for (var i = 0; i < m.Length; i++)
            {
                m[i] += g[i];
            }
        }

        for (var a = 0; a < l; a++)
        {
            for (var b = a + 1; b < l; b++)
            {
                m[(b * l) + a] = m[(a * l) + b];
            }
        }

        return m;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        var a = new Vector<double>(alpha);
        var i = 0;
        for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            (new Vector<double>(y[i..]) + (a * new Vector<double>(x[i..]))).CopyTo(y[i..]);
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>
    /// Makes the columns of a row-major n×l matrix orthonormal in place by block Gram-Schmidt: each block of 16 columns
    /// is projected off all earlier columns in two streaming passes over the rows (R = Qᵀ·B, then B −= Q·R), then
    /// orthonormalised within itself; with two passes this is BCGS2 ("twice is enough"). A column left with almost no
    /// norm (a direction already spanned) becomes zero, which carries no weight in the SVD.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Orthonormalise(float[] rows, int n, int l, int passes)
    {
        const int block = 16;
        const int chunk = 1024;
        var chunks = Chunks.Count(n, chunk);
        var original = new double[l];
        for (var i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * l, l);
            for (var c = 0; c < l; c++)
            {
                original[c] += (double)row[c] * row[c];
            }
        }

        var partials = new float[chunks][];
        var local = new float[block * n];
        for (var c0 = 0; c0 < l; c0 += block)
        {
            var b = Math.Min(block, l - c0);
            var start0 = c0;
            for (var pass = 0; pass < passes; pass++)
            {
                if (c0 > 0)
                {
                    // R = Q[:, :c0]ᵀ·B as partial sums over fixed row chunks, added in chunk order.
                    Chunks.ForIndexed(n, chunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (ch, start, end) =>
                    {
                        var r = partials[ch] ??= new float[l * block];
                        Array.Clear(r);
                        for (var i = start; i < end; i++)
                        {
                            var row = rows.AsSpan(i * l, l);
                            RankOne(row[..start0], row.Slice(start0, b), r, block);
                        }
                    });
                    var total = partials[0];
                    for (var ch = 1; ch < chunks; ch++)
                    {
                        var r = partials[ch];
                        for (var t = 0; t < c0 * block; t++)
                        {
                            total[t] += r[t];
                        }
                    }

                    var rTotal = total.AsSpan(0, c0 * block).ToArray();
                    Chunks.For(n, chunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (start, end) =>
                    {
                        for (var i = start; i < end; i++)
                        {
                            var row = rows.AsSpan(i * l, l);
                            SubtractCombination(row[..start0], rTotal, block, row.Slice(start0, b));
                        }
                    });
                }

                // Within the block: modified Gram-Schmidt on its b columns, on a column-major copy so each column is contiguous.
                for (var i = 0; i < n; i++)
                {
                    for (var t = 0; t < b; t++)
                    {
                        local[(t * n) + i] = rows[(i * l) + c0 + t];
                    }
                }

                for (var t = 0; t < b; t++)
                {
                    var col = local.AsSpan(t * n, n);
                    for (var u = 0; u < t; u++)
                    {
                        var other = local.AsSpan(u * n, n);
                        Axpy(-Dense.Dot(other, col), other, col);
                    }

                    var norm = Math.Sqrt(Dense.Dot(col, col));
                    var scale = norm <= 1e-4 * Math.Sqrt(original[c0 + t]) ? 0f : (float)(1.0 / norm);
                    for (var i = 0; i < n; i++)
                    {
                        col[i] *= scale;
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    for (var t = 0; t < b; t++)
                    {
                        rows[(i * l) + c0 + t] = local[(t * n) + i];
                    }
                }
            }
        }
    }

    /// <summary>r[p, :b] += q[p] · x for every p (r row-major with <paramref name="stride"/> columns): the R = Qᵀ·B kernel for one row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RankOne(ReadOnlySpan<float> q, ReadOnlySpan<float> x, float[] r, int stride)
    {
        var width = Vector<float>.Count;
        if (x.Length == 2 * width && stride >= x.Length)
        {
            var x0 = new Vector<float>(x);
            var x1 = new Vector<float>(x[width..]);
            var target = r.AsSpan();
            for (var p = 0; p < q.Length; p++)
            {
                var at = target.Slice(p * stride, 2 * width);
                var a = new Vector<float>(q[p]);
                (new Vector<float>(at) + (a * x0)).CopyTo(at);
                (new Vector<float>(at[width..]) + (a * x1)).CopyTo(at[width..]);
            }

            return;
        }

        for (var p = 0; p < q.Length; p++)
        {
            Axpy(q[p], x, r.AsSpan(p * stride, x.Length));
        }
    }

    /// <summary>y −= Σ_p q[p] · r[p, :b]: the B −= Q·R kernel for one row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SubtractCombination(ReadOnlySpan<float> q, float[] r, int stride, Span<float> y)
    {
        var width = Vector<float>.Count;
        if (y.Length == 2 * width && stride >= y.Length)
        {
            var y0 = Vector<float>.Zero;
            var y1 = Vector<float>.Zero;
            var source = r.AsSpan();
            for (var p = 0; p < q.Length; p++)
            {
                var at = source.Slice(p * stride, 2 * width);
                var a = new Vector<float>(q[p]);
                y0 += a * new Vector<float>(at);
                y1 += a * new Vector<float>(at[width..]);
            }

            (new Vector<float>(y) - y0).CopyTo(y);
            (new Vector<float>(y[width..]) - y1).CopyTo(y[width..]);
            return;
        }

        for (var p = 0; p < q.Length; p++)
        {
            Axpy(-q[p], r.AsSpan(p * stride, y.Length), y);
        }
    }
}
