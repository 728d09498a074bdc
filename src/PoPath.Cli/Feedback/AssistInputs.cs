using PoPath.Core.Import;
using PoPath.Import;
using PoPath.Storage;

namespace PoPath.Cli.Feedback;

/// <summary>Shared input handling of the assistance commands: a file or a workspace, and an optional backlog file.</summary>
internal static class AssistInputs
{
    public static async Task<int> WithFeedbackAsync(CliEnvironment env, string? file, string? workspace, string? db, int? set,
        Func<FeedbackSource.Loaded, BacklogStore?, Task<int>> body, CancellationToken ct)
    {
        if ((file is null) == (workspace is null))
        {
            env.Error.WriteLine("popath: give either a feedback file or --workspace W (not both, not neither).");
            return ExitCodes.Usage;
        }

        if (file is not null)
        {
            var loaded = await FeedbackSource.FromFileAsync(env, file, ct);
            return loaded is null ? ExitCodes.Input : await body(loaded, null);
        }

        return await Storage.StoreRunner.RunAsync(env, db, async store => await body(await FeedbackSource.FromStoreAsync(store, workspace!, set, ct), store), ct);
    }

    /// <summary>Loads a backlog file; prints its diagnostics; null when it did not load.</summary>
    public static async Task<Backlog?> BacklogAsync(CliEnvironment env, string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            env.Error.WriteLine($"popath: {file}: file not found.");
            return null;
        }

        var backlog = await BacklogLoader.LoadAsync(file, cancellationToken: ct);
        foreach (var d in backlog.Diagnostics)
        {
            env.Error.WriteLine(d.ToString());
        }

        if (backlog.Failed)
        {
            env.Error.WriteLine($"popath: {file} did not load.");
            return null;
        }

        return backlog;
    }
}
