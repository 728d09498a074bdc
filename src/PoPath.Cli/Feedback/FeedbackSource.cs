using PoPath.Core.Insights;
using PoPath.Import.Feedback;
using PoPath.Storage;

namespace PoPath.Cli.Feedback;

/// <summary>Where feedback comes from for themes and summaries: a file, or a workspace's latest (or numbered) feedback set.</summary>
internal static class FeedbackSource
{
    public sealed record Loaded(string Name, IReadOnlyList<FeedbackEntry> Entries);

    /// <summary>Reads the file, printing its diagnostics to stderr; null (and a message) when it cannot be used.</summary>
    public static async Task<Loaded?> FromFileAsync(CliEnvironment env, string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            env.Error.WriteLine($"popath: {file}: file not found.");
            return null;
        }

        var read = await FeedbackReader.ReadAsync(file, cancellationToken: ct);
        foreach (var d in read.Diagnostics)
        {
            env.Error.WriteLine(d.ToString());
        }

        if (read.Entries.Count == 0)
        {
            env.Error.WriteLine($"popath: {file}: no feedback entries could be read.");
            return null;
        }

        return new Loaded(read.Name, read.Entries);
    }

    public static async Task<Loaded> FromStoreAsync(BacklogStore store, string workspace, int? set, CancellationToken ct)
    {
        var stored = await store.LoadFeedbackAsync(workspace, set, ct);
        return new Loaded($"{workspace} feedback set {stored.Info.Number} ({stored.Info.Source})", stored.Entries);
    }
}
