using PoPath.Core.Insights;

namespace PoPath.Core.Tests.Insights;

public sealed class RandomizedSvdTests
{
    /// <summary>A sparse non-negative n × v matrix of rank at most <paramref name="rank"/> (sum of sparse outer products), rows L2-normalised.</summary>
    private static SparseRows LowRank(int n, int v, int rank, int seed)
    {
        var random = new Random(seed);
        var left = new double[n * rank];
        var right = new double[rank * v];
        for (var i = 0; i < left.Length; i++)
        {
            left[i] = random.NextDouble() < 0.4 ? random.NextDouble() : 0;
        }

        for (var i = 0; i < right.Length; i++)
        {
            right[i] = random.NextDouble() < 0.3 ? random.NextDouble() : 0;
        }

        var rowStart = new int[n + 1];
        var cols = new List<int>();
        var vals = new List<float>();
        for (var i = 0; i < n; i++)
        {
            var row = new double[v];
            for (var r = 0; r < rank; r++)
            {
                for (var j = 0; j < v; j++)
                {
                    row[j] += left[(i * rank) + r] * right[(r * v) + j];
                }
            }

            var norm = Math.Sqrt(row.Sum(x => x * x));
            for (var j = 0; j < v; j++)
            {
                if (row[j] != 0)
                {
                    cols.Add(j);
                    vals.Add((float)(row[j] / norm));
                }
            }

            rowStart[i + 1] = cols.Count;
        }

        return new SparseRows(rowStart, [.. cols], [.. vals], v);
    }

    private static double SparseCosine(SparseRows x, int a, int b) => x.Dot(a, x, b);

    private static double DenseCosine(float[] e, int a, int b, int d)
    {
        var s = 0.0;
        for (var j = 0; j < d; j++)
        {
            s += (double)e[(a * d) + j] * e[(b * d) + j];
        }

        return s;
    }

    [Fact]
    public void Keeps_every_cosine_when_the_width_covers_the_rank()
    {
        var x = LowRank(80, 50, rank: 6, seed: 1);
        var nonEmpty = Enumerable.Range(0, 80).Where(i => x.ColumnsOf(i).Length > 0).ToArray();

        var e = RandomizedSvd.Project(x, 10, seed: 42);

        foreach (var a in nonEmpty)
        {
            foreach (var b in nonEmpty)
            {
                DenseCosine(e, a, b, 10).ShouldBe(SparseCosine(x, a, b), 1e-3, $"rows {a} and {b}");
            }
        }
    }

    [Fact]
    public void Gives_unit_rows_and_the_same_coordinates_for_the_same_seed()
    {
        var x = LowRank(120, 90, rank: 30, seed: 2);

        var a = RandomizedSvd.Project(x, 12, seed: 7);
        var b = RandomizedSvd.Project(x, 12, seed: 7);

        b.ShouldBe(a);
        for (var i = 0; i < 120; i++)
        {
            if (x.ColumnsOf(i).Length > 0)
            {
                DenseCosine(a, i, i, 12).ShouldBe(1, 1e-4);
            }
        }
    }

    [Fact]
    public void Gives_empty_rows_zero_coordinates_and_duplicate_rows_the_same_ones()
    {
        // Rows 0 and 2 are the same text, row 1 has no terms, row 3 is different; rank 2 in a width of 3.
        var x = new SparseRows([0, 2, 2, 4, 5], [0, 3, 0, 3, 1], [0.6f, 0.8f, 0.6f, 0.8f, 1f], 4);

        var e = RandomizedSvd.Project(x, 3, seed: 1);

        e.ShouldAllBe(v => float.IsFinite(v));
        e.AsSpan(3, 3).ToArray().ShouldAllBe(v => v == 0);
        for (var j = 0; j < 3; j++)
        {
            e[6 + j].ShouldBe(e[j], 1e-5f);
        }

        DenseCosine(e, 0, 3, 3).ShouldBe(0, 1e-4);
        DenseCosine(e, 0, 0, 3).ShouldBe(1, 1e-4);
    }
}
