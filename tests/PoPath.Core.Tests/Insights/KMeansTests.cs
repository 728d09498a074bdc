using PoPath.Core.Insights;

namespace PoPath.Core.Tests.Insights;

public sealed class KMeansTests
{
    /// <summary>Seeded points around <paramref name="k"/> centres; a large <paramref name="spread"/> makes the clusters overlap.</summary>
    private static float[] Blobs(int n, int d, int k, double spread, int seed)
    {
        var random = new Random(seed);
        var centres = new double[k * d];
        for (var i = 0; i < centres.Length; i++)
        {
            centres[i] = random.NextDouble() * 4;
        }

        var rows = new float[n * d];
        for (var i = 0; i < n; i++)
        {
            var c = i % k;
            for (var j = 0; j < d; j++)
            {
                rows[(i * d) + j] = (float)(centres[(c * d) + j] + (spread * (random.NextDouble() - 0.5)));
            }
        }

        return rows;
    }

    [Theory]
    [InlineData(600, 16, 8, 3.0, 1)]
    [InlineData(900, 24, 30, 6.0, 2)]
    [InlineData(400, 8, 60, 10.0, 3)]
    public void Elkan_and_Hamerly_give_the_same_assignment_and_centres_as_Lloyd(int n, int d, int k, double spread, int seed)
    {
        var rows = Blobs(n, d, k, spread, seed);

        var lloyd = KMeans.RunLloyd(rows, n, d, k, seed: 5, restarts: 2);
        var elkan = KMeans.RunElkan(rows, n, d, k, seed: 5, restarts: 2);
        var hamerly = KMeans.RunHamerly(rows, n, d, k, seed: 5, restarts: 2);

        lloyd.Iterations.ShouldBeGreaterThan(2);
        elkan.Labels.ShouldBe(lloyd.Labels);
        hamerly.Labels.ShouldBe(lloyd.Labels);
        elkan.Centroids.ShouldBe(lloyd.Centroids);
        hamerly.Centroids.ShouldBe(lloyd.Centroids);
        elkan.Inertia.ShouldBe(lloyd.Inertia);
        elkan.Iterations.ShouldBe(lloyd.Iterations);
    }

    [Fact]
    public void Finds_well_separated_clusters_and_labels_agree_with_the_nearest_centre()
    {
        const int n = 300;
        const int d = 5;
        const int k = 6;
        var rows = Blobs(n, d, k, 0.2, 9);

        var result = KMeans.Run(rows, n, d, k, seed: 1, restarts: 3);

        // Planted cluster i % k: every planted group lands in exactly one cluster.
        for (var c = 0; c < k; c++)
        {
            Enumerable.Range(0, n).Where(i => i % k == c).Select(i => result.Labels[i]).Distinct().Count().ShouldBe(1);
        }

        for (var i = 0; i < n; i++)
        {
            var own = Distance(rows, i, result.Centroids, result.Labels[i], d);
            for (var c = 0; c < k; c++)
            {
                own.ShouldBeLessThanOrEqualTo(Distance(rows, i, result.Centroids, c, d) + 1e-5);
            }
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_result_and_more_restarts_never_raise_the_inertia()
    {
        const int n = 500;
        const int d = 10;
        var rows = Blobs(n, d, 20, 5.0, 4);

        var a = KMeans.Run(rows, n, d, 20, seed: 3, restarts: 1);
        var b = KMeans.Run(rows, n, d, 20, seed: 3, restarts: 1);
        var more = KMeans.Run(rows, n, d, 20, seed: 3, restarts: 6);

        b.Labels.ShouldBe(a.Labels);
        b.Inertia.ShouldBe(a.Inertia);
        more.Inertia.ShouldBeLessThanOrEqualTo(a.Inertia);
    }

    [Fact]
    public void Duplicate_points_and_more_clusters_than_distinct_points_still_give_one_label_each()
    {
        const int d = 3;
        var rows = new float[12 * d];
        for (var i = 0; i < 12; i++)
        {
            rows[(i * d) + (i % 2)] = 1;
        }

        var result = KMeans.Run(rows, 12, d, 5, seed: 2);

        result.Labels.Length.ShouldBe(12);
        result.Labels.ShouldAllBe(l => l >= 0 && l < 5);
        result.Inertia.ShouldBe(0, 1e-9);
        KMeans.Run(rows, 12, d, 20, seed: 2).Labels.ShouldAllBe(l => l >= 0 && l < 12);
        KMeans.RunHamerly(rows, 12, d, 20, seed: 2).Labels.ShouldAllBe(l => l >= 0 && l < 12);
    }

    private static double Distance(float[] rows, int i, float[] centres, int c, int d)
    {
        var s = 0.0;
        for (var j = 0; j < d; j++)
        {
            var diff = rows[(i * d) + j] - centres[(c * d) + j];
            s += diff * diff;
        }

        return s;
    }
}
