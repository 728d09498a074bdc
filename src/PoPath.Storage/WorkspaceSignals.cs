using System.Globalization;
using PoPath.Core.History;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Core.Storage;

namespace PoPath.Storage;

/// <summary>
/// What the signals of a stored workspace are computed from — one loader for <c>popath signals --workspace</c>,
/// <c>popath advise --workspace</c> and the web app's manager's view and route page, so the three never disagree.
/// </summary>
/// <param name="Snapshot">The snapshot whose history is read (the latest, or the one asked for).</param>
/// <param name="History">That snapshot's items with its stored sprints and events, events in time order.</param>
/// <param name="Snapshots">The practical test of up to <see cref="MaxSnapshots"/> snapshots up to and including <paramref name="Snapshot"/>, oldest first.</param>
/// <param name="Latest">The practical test of <paramref name="Snapshot"/>.</param>
/// <param name="ProductOwner">The product owner set for the workspace (<c>popath workspaces set --product-owner</c>); null to infer.</param>
public sealed record WorkspaceSignals(StoredSnapshot Snapshot, BacklogHistory History, IReadOnlyList<SnapshotReading> Snapshots, CheckRun Latest, string? ProductOwner)
{
    /// <summary>How many of a workspace's latest snapshots are tested for outcome_talk and decision_quality.</summary>
    public const int MaxSnapshots = 24;

    /// <summary>True when the snapshot carries no history (no events): there is nothing to read signals from.</summary>
    public bool HasHistory => History.Events.Count > 0;

    /// <summary>Loads the input of the signals for snapshot <paramref name="number"/> (null: the latest) of <paramref name="workspace"/>.</summary>
    /// <exception cref="StoreException">The workspace or snapshot does not exist, or the store failed.</exception>
    public static async Task<WorkspaceSignals> LoadAsync(BacklogStore store, string workspace, int? number = null, int top = ReadinessEngine.DefaultTop, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = await store.LoadSnapshotAsync(workspace, number, ct);
        var storedHistory = await store.LoadHistoryAsync(workspace, stored.Info.Number, ct);
        var snapshots = new List<SnapshotReading>();
        CheckRun? latest = null;
        foreach (var info in (await store.ListSnapshotsAsync(workspace, ct)).Where(s => s.Number <= stored.Info.Number).TakeLast(MaxSnapshots))
        {
            var snap = info.Number == stored.Info.Number ? stored : await store.LoadSnapshotAsync(workspace, info.Number, ct);
            var run = ReadinessEngine.Default.Run(snap.Items, top);
            snapshots.Add(new SnapshotReading(info.ImportedAt, run, string.Create(CultureInfo.InvariantCulture, $"snapshot {info.Number}")));
            latest = run;
        }

        var history = new BacklogHistory(stored.Info.Source, stored.Info.Format, stored.Items, storedHistory.Sprints, [.. storedHistory.Events.OrderBy(e => e.At)], stored.Info.Diagnostics);
        return new WorkspaceSignals(stored, history, snapshots, latest ?? ReadinessEngine.Default.Run(stored.Items, top), await store.GetProductOwnerAsync(workspace, ct));
    }

    /// <summary>Runs the signals with <paramref name="options"/> (the workspace's product owner unless the options name one).</summary>
    public SignalResult Run(SignalOptions? options = null)
    {
        options ??= new SignalOptions();
        return SignalEngine.Default.Run(History, options with { ProductOwner = options.ProductOwner ?? ProductOwner }, Snapshots);
    }
}
