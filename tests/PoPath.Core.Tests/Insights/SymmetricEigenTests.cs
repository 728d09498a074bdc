using PoPath.Core.Insights;

namespace PoPath.Core.Tests.Insights;

public sealed class SymmetricEigenTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(60)]
    public void Gives_orthonormal_vectors_with_A_v_equal_to_lambda_v(int l)
    {
        var random = new Random(l);
        var a = new double[l * l];
        for (var i = 0; i < l; i++)
        {
            for (var j = i; j < l; j++)
            {
                a[(i * l) + j] = a[(j * l) + i] = random.NextDouble() - 0.5;
            }
        }

        var (values, vectors) = SymmetricEigen.Decompose(a, l);

        for (var e = 0; e < l; e++)
        {
            for (var i = 0; i < l; i++)
            {
                var av = 0.0;
                for (var j = 0; j < l; j++)
                {
                    av += a[(i * l) + j] * vectors[(j * l) + e];
                }

                av.ShouldBe(values[e] * vectors[(i * l) + e], 1e-9);
            }

            for (var f = 0; f < l; f++)
            {
                var dot = 0.0;
                for (var i = 0; i < l; i++)
                {
                    dot += vectors[(i * l) + e] * vectors[(i * l) + f];
                }

                dot.ShouldBe(e == f ? 1 : 0, 1e-9);
            }
        }
    }

    [Fact]
    public void Finds_the_known_spectrum_of_a_rank_deficient_matrix()
    {
        // u·uᵀ·3 + w·wᵀ·1 with orthonormal u, w in 4 dimensions: eigenvalues 3, 1, 0, 0.
        var u = new[] { 0.5, 0.5, 0.5, 0.5 };
        var w = new[] { 0.5, -0.5, 0.5, -0.5 };
        var a = new double[16];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                a[(i * 4) + j] = (3 * u[i] * u[j]) + (w[i] * w[j]);
            }
        }

        var (values, _) = SymmetricEigen.Decompose(a, 4);

        values.OrderDescending().ToArray().ShouldBe([3, 1, 0, 0], 1e-12);
    }
}
