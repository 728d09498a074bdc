using Microsoft.EntityFrameworkCore;
using PoPath.Storage;
using PoPath.Storage.Schema;

namespace PoPath.Web.Hosting;

/// <summary>The one store of the app: where it lives, opened (and migrated) once, shared by every request.</summary>
/// <remarks>
/// The target comes from configuration (<c>PoPath:Db</c>, else <c>POPATH_DB</c>, else the default file) when the host is
/// built, so tests can point a host at their own file. <see cref="BacklogStore"/> is thread-safe (one context per call).
/// The request-scoped contexts (<see cref="NewContext"/>) pool their SQLite connections: a request then reuses an open
/// connection with its parsed schema and warm page cache instead of opening the file for every query.
/// </remarks>
internal sealed class StoreHolder(IConfiguration configuration, TimeProvider clock) : IDisposable
{
    private readonly Lazy<StoreTarget> _target = new(() => StoreTarget.Resolve(configuration["PoPath:Db"]));
    private readonly Lazy<DbContextOptions<PoPathDbContext>> _options = new(() => BacklogStore.ContextOptions(StoreTarget.Resolve(configuration["PoPath:Db"]), readOnly: false, pooled: true));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BacklogStore? _store;

    public StoreTarget Target => _target.Value;

    public DbContextOptions<PoPathDbContext> ContextOptions => _options.Value;

    /// <summary>The opened store; the first call opens it and brings the schema up to date.</summary>
    public async ValueTask<BacklogStore> GetAsync(CancellationToken ct = default)
    {
        if (_store is { } s)
        {
            return s;
        }

        await _gate.WaitAsync(ct);
        try
        {
            return _store ??= await BacklogStore.OpenAsync(Target, new StoreOpenOptions { Clock = clock }, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public PoPathDbContext NewContext() => new(ContextOptions);

    public void Dispose() => _gate.Dispose();
}
