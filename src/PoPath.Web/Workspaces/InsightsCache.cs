using Microsoft.Extensions.Caching.Memory;

namespace PoPath.Web.Workspaces;

/// <summary>Results of the costly analyses (themes, readiness runs, loaded feedback sets), kept in memory so a page view does not recompute them.</summary>
/// <remarks>
/// Keys name immutable inputs only: the workspace id, the feedback set's and the snapshot's number <em>and</em> their import
/// time (so a reused number can never serve another import's result), and every option that changes the result (seed, k).
/// Each entry's size is the number of texts behind it; the cache holds at most <see cref="SizeLimit"/> of them and drops
/// the least recently used beyond that, and entries unused for <see cref="IdleTime"/> expire. A computation that fails is
/// not kept. Two requests for the same missing key share one computation.
/// </remarks>
internal sealed class InsightsCache : IDisposable
{
    /// <summary>Texts (feedback entries and backlog items) held at most, over all entries.</summary>
    public const long SizeLimit = 1_000_000;

    public static readonly TimeSpan IdleTime = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>How many results were computed rather than served from memory (for tests and diagnostics).</summary>
    public int Computed => _computed;

    private int _computed;

    public async Task<T> GetAsync<T>(object key, Func<Task<(T Value, long Size)>> compute)
        where T : class
    {
        if (_cache.TryGetValue(key, out Lazy<Task<T>>? hit) && hit is not null)
        {
            return await hit.Value;
        }

        var sized = new Lazy<Task<(T Value, long Size)>>(async () =>
        {
            Interlocked.Increment(ref _computed);
            return await compute();
        });
        var lazy = new Lazy<Task<T>>(async () => (await sized.Value).Value);
        var options = new MemoryCacheEntryOptions { SlidingExpiration = IdleTime, Size = 1 };
        lazy = _cache.GetOrCreate(key, e =>
        {
            e.SetOptions(options);
            return lazy;
        })!;
        try
        {
            var value = await lazy.Value;
            if (sized.IsValueCreated)
            {
                // The real size is known only now; re-add under it (same Lazy, so waiting requests are unaffected).
                _cache.Set(key, lazy, new MemoryCacheEntryOptions { SlidingExpiration = IdleTime, Size = Math.Clamp((await sized.Value).Size, 1, SizeLimit) });
            }

            return value;
        }
        catch
        {
            _cache.Remove(key);
            throw;
        }
    }

    public void Dispose() => _cache.Dispose();
}
