using System.Collections.Concurrent;
using PoPath.Core.Insights.Generative;
using PoPath.Generative;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>Runs the optional generative step for the assistance pages and the API: one rephrasing at a time per workspace.</summary>
/// <remarks>
/// Nothing leaves the server unless <see cref="GenerativeStep"/> is configured. A second request for a workspace while
/// one is running is answered at once with an error result instead of queueing, so a double click or a script cannot
/// pile up calls to a paid endpoint. Callers check the user's role; this class only sends.
/// </remarks>
internal sealed class RephraseService(GenerativeStep step) : IDisposable
{
    private readonly ConcurrentDictionary<long, byte> _running = new();

    // One connection pool for every call (ChatRephraser does not dispose a handler it is given).
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    /// <summary>True when the generative step is configured.</summary>
    public bool Enabled => step.Current is not null;

    /// <summary>The model's name for the button, or null when off.</summary>
    public string? Model => step.Current?.Endpoint.Model;

    /// <summary>Where the text goes, for the note beside the button; null when off.</summary>
    public string? Endpoint => step.Current?.Endpoint.Display;

    /// <summary>Null when the step is off or there is no evidence; else the verified reply or the failure as a value.</summary>
    public async Task<RephraseResult?> RephraseAsync(WorkspaceRef workspace, RephraseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(input);
        if (step.Current is not { } settings || input.Evidence.Count == 0)
        {
            return null;
        }

        var prompt = RephrasePrompt.Build(input.Task, input.Evidence);
        if (!_running.TryAdd(workspace.Id, 0))
        {
            var where = settings.Endpoint.Display;
            return new RephraseResult(where, settings.Endpoint.Model, null, null,
                $"{where}: another rephrasing for this workspace is still running; try again when it is done", prompt);
        }

        try
        {
            return await ChatRephraser.RephraseAsync(settings.Endpoint, settings.Key, prompt, handler: _handler, cancellationToken: ct);
        }
        finally
        {
            _running.TryRemove(workspace.Id, out _);
        }
    }

    public void Dispose() => _handler.Dispose();
}
