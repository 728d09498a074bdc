using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Import;
using PoPath.Import.History;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>Reads an uploaded export, runs the practical test, and stores both as the workspace's next snapshot — whole or not at all.</summary>
internal sealed class ImportService(StoreHolder holder, SignalsCache signals, ThemeWarmer themes)
{
    /// <summary>What an import did: the new snapshot, or nothing written and the reader's diagnostics saying why.</summary>
    public sealed record Outcome(SnapshotInfo? Snapshot, IReadOnlyList<ImportDiagnostic> Diagnostics, string? Error)
    {
        public bool Succeeded => Snapshot is not null;
    }

    public static IReadOnlyList<string> BacklogFormats => BacklogLoader.FormatIds;

    public static IReadOnlyList<string> HistoryFormats => HistoryLoader.FormatIds;

    public async Task<Outcome> ImportAsync(WorkspaceRef workspace, Stream content, string fileName, string format, bool withHistory, CancellationToken ct = default)
    {
        fileName = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName);
        var formats = withHistory ? HistoryFormats : BacklogFormats;
        if (!formats.Contains(format))
        {
            return new Outcome(null, [], $"'{format}' is not a {(withHistory ? "history" : "backlog")} format; expected one of {string.Join(", ", formats)}.");
        }

        BacklogHistory loaded;
        if (withHistory)
        {
            loaded = await HistoryLoader.LoadAsync(content, fileName, format, cancellationToken: ct);
        }
        else
        {
            var backlog = await BacklogLoader.LoadAsync(content, fileName, format, ct);
            loaded = new BacklogHistory(backlog.Source, backlog.Format, backlog.Items, [], [], backlog.Diagnostics);
        }

        if (loaded.Failed)
        {
            return new Outcome(null, loaded.Diagnostics, $"{fileName} did not load; nothing was written to workspace '{workspace.Name}'.");
        }

        if (loaded.Items.Count == 0)
        {
            return new Outcome(null, loaded.Diagnostics, $"{fileName} holds no backlog items; nothing was written.");
        }

        var store = await holder.GetAsync(ct);
        var run = ReadinessEngine.Default.Run(loaded.Items);
        try
        {
            var info = loaded.Sprints.Count > 0 || loaded.Events.Count > 0
                ? await store.ImportAsync(workspace.Name, loaded, run, null, ct)
                : await store.ImportAsync(workspace.Name, loaded.ToBacklog(), run, null, ct);
            signals.Invalidate(workspace.Id);
            themes.Warm(workspace); // themes link to the latest snapshot: relink them now, not on the next view
            return new Outcome(info, loaded.Diagnostics, null);
        }
        catch (StoreException e)
        {
            return new Outcome(null, loaded.Diagnostics, e.Message);
        }
    }
}
