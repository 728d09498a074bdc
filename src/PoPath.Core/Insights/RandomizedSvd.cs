using System.Numerics;

namespace PoPath.Core.Insights;

/// <summary>Truncated SVD of a sparse TF-IDF matrix by the randomized range finder (Halko, Martinsson and Tropp 2011), giving LSA coordinates.</summary>
/// <remarks>
/// Hand-written because no library fits: MathNet.Numerics' SVD works on dense matrices only (10,000 texts × 60,000
/// n-grams would be 2.4 GB of doubles), and Microsoft.ML has no truncated SVD. This is the same algorithm as
/// scikit-learn's <c>TruncatedSVD(algorithm="randomized")</c>: a seeded Gaussian sketch, power iterations with
/// re-orthonormalisation, then the small eigen-problem of B·Bᵀ solved by cyclic Jacobi. Parallel loops write disjoint
/// rows, so the result is the same on any number of cores.
/// </remarks>
internal static class RandomizedSvd
{
    /// <summary>Rows of X projected on its top <paramref name="dimensions"/> singular directions (U·Σ), each row L2-normalised.</summary>
    public static float[] Project(SparseRows x, int dimensions, int seed, int powerIterations = 3)
    {
        var n = x.RowCount;
        var v = x.ColumnCount;
        var d = Math.Min(dimensions, Math.Min(n, v));
        var l = Math.Min(d + 10, Math.Min(n, v));
        var xt = x.Transpose();
        var random = new Random(seed);
        var omega = new float[v * l];
        for (var i = 0; i < omega.Length; i += 2)
        {
            // Box-Muller gives two independent normals per pair of uniforms.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            omega[i] = (float)(radius * Math.Cos(2.0 * Math.PI * u2));
            if (i + 1 < omega.Length)
            {
                omega[i + 1] = (float)(radius * Math.Sin(2.0 * Math.PI * u2));
            }
        }

        var y = MultiplyRows(x, omega, l);
        for (var it = 0; it < powerIterations; it++)
        {
            var q = Orthonormalise(y, n, l);
            var z = MultiplyRows(xt, ToRowMajor(q, n, l), l);
            y = MultiplyRows(x, ToFloat(z), l);
        }

        var qCols = Orthonormalise(y, n, l);
        var zRows = MultiplyRows(xt, ToRowMajor(qCols, n, l), l);

        // M = Zᵀ·Z = B·Bᵀ with B = Qᵀ·X; its eigenvectors W and eigenvalues σ² give X ≈ Q·W·Σ·Vᵀ.
        var zCols = ToColumns(zRows, v, l);
        var m = new double[l * l];
        Parallel.For(0, l, a =>
        {
            for (var b = a; b < l; b++)
            {
                var s = Dot(zCols[a], zCols[b]);
                m[(a * l) + b] = s;
                m[(b * l) + a] = s;
            }
        });
        var (values, vectors) = Jacobi(m, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => values[i]).ThenBy(i => i).Take(d).ToArray();
        var result = new float[n * d];
        Parallel.For(0, n, i =>
        {
            var norm = 0.0;
            for (var k = 0; k < d; k++)
            {
                var e = order[k];
                var sigma = Math.Sqrt(Math.Max(values[e], 0));
                var s = 0.0;
                for (var c = 0; c < l; c++)
                {
                    s += qCols[c][i] * vectors[(c * l) + e];
                }

                s *= sigma;
                result[(i * d) + k] = (float)s;
                norm += s * s;
            }

            if (norm > 0)
            {
                var scale = (float)(1.0 / Math.Sqrt(norm));
                for (var k = 0; k < d; k++)
                {
                    result[(i * d) + k] *= scale;
                }
            }
        });
        return result;
    }

    /// <summary>The number of columns <see cref="Project"/> gives for this matrix.</summary>
    public static int Width(SparseRows x, int dimensions) => Math.Min(dimensions, Math.Min(x.RowCount, x.ColumnCount));

    /// <summary>X·D for a dense row-major D with <paramref name="l"/> columns; row-major double result.</summary>
    private static double[] MultiplyRows(SparseRows x, float[] dense, int l)
    {
        var result = new double[x.RowCount * l];
        Parallel.For(0, x.RowCount, () => new float[l], (i, _, acc) =>
        {
            Array.Clear(acc);
            var cols = x.ColumnsOf(i);
            var vals = x.ValuesOf(i);
            var target = acc.AsSpan();
            for (var p = 0; p < cols.Length; p++)
            {
                Axpy(vals[p], dense.AsSpan(cols[p] * l, l), target);
            }

            for (var c = 0; c < l; c++)
            {
                result[(i * l) + c] = acc[c];
            }

            return acc;
        }, _ => { });
        return result;
    }

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

    private static double[] MultiplyRows(SparseRows x, double[] dense, int l) => MultiplyRows(x, ToFloat(dense), l);

    private static float[] ToFloat(double[] a)
    {
        var f = new float[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            f[i] = (float)a[i];
        }

        return f;
    }

    private static double[] ToRowMajor(double[][] cols, int n, int l)
    {
        var r = new double[n * l];
        for (var c = 0; c < l; c++)
        {
            var col = cols[c];
            for (var i = 0; i < n; i++)
            {
                r[(i * l) + c] = col[i];
            }
        }

        return r;
    }

    private static double[][] ToColumns(double[] rows, int n, int l)
    {
        var cols = new double[l][];
        for (var c = 0; c < l; c++)
        {
            var col = new double[n];
            for (var i = 0; i < n; i++)
            {
                col[i] = rows[(i * l) + c];
            }

            cols[c] = col;
        }

        return cols;
    }

    /// <summary>Orthonormal columns spanning the columns of a row-major n×l matrix (modified Gram-Schmidt, twice for stability).</summary>
    private static double[][] Orthonormalise(double[] rows, int n, int l)
    {
        var cols = ToColumns(rows, n, l);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < l; c++)
            {
                var col = cols[c];
                for (var p = 0; p < c; p++)
                {
                    var r = Dot(cols[p], col);
                    Axpy(-r, cols[p], col);
                }

                var norm = Math.Sqrt(Dot(col, col));
                if (norm < 1e-12)
                {
                    // A direction the sketch did not reach: a unit vector keeps the basis square, its weight is zero.
                    Array.Clear(col);
                    col[c % n] = 1;
                    continue;
                }

                var inv = 1.0 / norm;
                for (var i = 0; i < n; i++)
                {
                    col[i] *= inv;
                }
            }
        }

        return cols;
    }

    private static double Dot(double[] a, double[] b)
    {
        var va = new ReadOnlySpan<double>(a);
        var vb = new ReadOnlySpan<double>(b);
        var sum = Vector<double>.Zero;
        var i = 0;
        for (; i <= va.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            sum += new Vector<double>(va[i..]) * new Vector<double>(vb[i..]);
        }

        var s = Vector.Sum(sum);
        for (; i < va.Length; i++)
        {
            s += va[i] * vb[i];
        }

        return s;
    }

    private static void Axpy(double alpha, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>Eigenvalues and eigenvectors (columns of a row-major matrix) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[] Vectors) Jacobi(double[] a, int l)
    {
        var vec = new double[l * l];
        for (var i = 0; i < l; i++)
        {
            vec[(i * l) + i] = 1;
        }

        for (var sweep = 0; sweep < 60; sweep++)
        {
            var off = 0.0;
            var diag = 0.0;
            for (var p = 0; p < l; p++)
            {
                diag += a[(p * l) + p] * a[(p * l) + p];
                for (var q = p + 1; q < l; q++)
                {
                    off += a[(p * l) + q] * a[(p * l) + q];
                }
            }

            if (off <= 1e-22 * Math.Max(diag, 1e-300))
            {
                break;
            }

            for (var p = 0; p < l - 1; p++)
            {
                for (var q = p + 1; q < l; q++)
                {
                    var apq = a[(p * l) + q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[(q * l) + q] - a[(p * l) + p]) / (2 * apq);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < l; k++)
                    {
                        var akp = a[(k * l) + p];
                        var akq = a[(k * l) + q];
                        a[(k * l) + p] = (c * akp) - (s * akq);
                        a[(k * l) + q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < l; k++)
                    {
                        var apk = a[(p * l) + k];
                        var aqk = a[(q * l) + k];
                        a[(p * l) + k] = (c * apk) - (s * aqk);
                        a[(q * l) + k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < l; k++)
                    {
                        var vkp = vec[(k * l) + p];
                        var vkq = vec[(k * l) + q];
                        vec[(k * l) + p] = (c * vkp) - (s * vkq);
                        vec[(k * l) + q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[l];
        for (var i = 0; i < l; i++)
        {
            values[i] = a[(i * l) + i];
        }

        return (values, vec);
    }
}
