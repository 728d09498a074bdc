namespace PoPath.Web.Workspaces;

/// <summary>
/// Computes a workspace's default themes (latest feedback set, latest snapshot, automatic k, seed 42) in the background
/// after an import through the web app, so the first view of the themes, summary or options page finds them in
/// <see cref="InsightsCache"/> instead of computing them inside the request.
/// </summary>
/// <remarks>
/// The work runs in its own service scope (the importing request's scope ends first) and goes through the same cache
/// entry a request would use, so a request that arrives while it runs waits for the same computation instead of
/// starting a second one. A failure is logged, never thrown: the page computes on demand as before.
/// </remarks>
internal sealed class ThemeWarmer(IServiceScopeFactory scopes, ILogger<ThemeWarmer> logger)
{
    /// <summary>The seed the pages use when none is asked for.</summary>
    public const int DefaultSeed = 42;

    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>Completes when every warm-up started so far has ended (tests wait on it before counting cache work).</summary>
    public Task WhenIdle()
    {
        lock (_gate)
        {
            return Task.WhenAll([.. _running]);
        }
    }

    /// <summary>Starts computing the default themes of <paramref name="workspace"/> and returns at once.</summary>
    public void Warm(WorkspaceRef workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        lock (_gate)
        {
            Task task = null!;
            task = Task.Run(async () =>
            {
                await RunAsync(workspace);
                lock (_gate)
                {
                    _running.Remove(task);
                }
            });
            _running.Add(task);
        }
    }

    private async Task RunAsync(WorkspaceRef workspace)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var assist = scope.ServiceProvider.GetRequiredService<AssistService>();
            await assist.ThemesAsync(workspace, null, null, null, DefaultSeed, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Shutting down, the database gone, or a set the theme finder refuses: the page computes (and reports) on demand.
            logger.LogWarning(e, "Computing the themes of workspace {Workspace} in the background failed", workspace.Name);
        }
    }
}
