namespace PoPath.Core.Insights;

/// <summary>Parallel loops over fixed index ranges, so a result never depends on how threads happen to be scheduled.</summary>
/// <remarks>
/// Each chunk covers the same indices on every run and machine; a body writes only its own outputs, and any reduction
/// over chunks is done afterwards in chunk order by the caller. That keeps floating-point sums bit-identical for a seed.
/// </remarks>
internal static class Chunks
{
    /// <summary>Runs <paramref name="body"/>(start, end) over [0, n) cut into ranges of <paramref name="size"/>.</summary>
    public static void For(int n, int size, Action<int, int> body)
    {
        var count = Count(n, size);
        if (count <= 1)
        {
            if (n > 0)
            {
                body(0, n);
            }

            return;
        }

        Parallel.For(0, count, c => body(c * size, Math.Min(n, (c + 1) * size)));
    }

    /// <summary>Runs <paramref name="body"/>(chunk, start, end) over [0, n) cut into ranges of <paramref name="size"/>.</summary>
    public static void ForIndexed(int n, int size, Action<int, int, int> body)
    {
        var count = Count(n, size);
        if (count == 1)
        {
            body(0, 0, n);
            return;
        }

        Parallel.For(0, count, c => body(c, c * size, Math.Min(n, (c + 1) * size)));
    }

    /// <summary>The number of chunks <see cref="For"/> cuts [0, n) into.</summary>
    public static int Count(int n, int size) => n <= 0 ? 0 : ((n - 1) / size) + 1;
}
