using System.Globalization;
using PoPath.Cli.Storage;
using PoPath.Core.History;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Import.History;
using PoPath.Storage;

namespace PoPath.Cli.Signals;

/// <summary>What <c>popath signals</c> and <c>popath report</c> read: a history (file or stored workspace), the practical test of its snapshots, and who the product owner is.</summary>
/// <param name="Source">How the input is named in outputs (a file path, or <c>workspace W, snapshot N</c>).</param>
/// <param name="Latest">The practical test of the latest snapshot (the file's items).</param>
/// <param name="ProductOwner">The product owner given with <c>--po</c> or set for the workspace; null to infer.</param>
internal sealed record SignalsInput(string Source, string Format, BacklogHistory History, IReadOnlyList<SnapshotReading> Snapshots, CheckRun Latest, string? ProductOwner)
{
    /// <summary>Loads from a history file or folder, or from a workspace; errors are written to stderr and give an exit code.</summary>
    public static async Task<(SignalsInput? Input, int Exit)> LoadAsync(CliEnvironment env, SignalsArguments args, CancellationToken ct)
    {
        if (args.Path is null == args.Workspace is null)
        {
            env.Error.WriteLine(args.Path is null
                ? $"popath: {args.Command} needs a history file or folder, or --workspace W. Try 'popath {args.Command} --help'."
                : "popath: give either a history file or --workspace, not both.");
            return (null, ExitCodes.Usage);
        }

        if (args.Path is { } path)
        {
            if (args.Db is not null)
            {
                env.Error.WriteLine("popath: --db goes with --workspace.");
                return (null, ExitCodes.Usage);
            }

            var history = await HistoryLoader.LoadAsync(path, args.Format, ct);
            foreach (var d in history.Diagnostics)
            {
                env.Error.WriteLine(d.ToString());
            }

            if (history.Failed)
            {
                return (null, ExitCodes.Input);
            }

            var run = ReadinessEngine.Default.Run(history.Items, args.Top);

            // No clock: the file's items are the backlog as of its latest event.
            var at = history.Events.Count > 0 ? history.Events.Max(e => e.At) : history.Sprints.Select(s => s.Start).Max() ?? DateTimeOffset.UnixEpoch;
            return (new SignalsInput(history.Source, history.Format, history, [new SnapshotReading(at, run, "the file's backlog")], run, args.ProductOwner), ExitCodes.Ok);
        }

        SignalsInput? input = null;
        var exit = await StoreRunner.RunAsync(env, args.Db, async store =>
        {
            var ws = args.Workspace!;
            var loaded = await WorkspaceSignals.LoadAsync(store, ws, null, args.Top, ct);
            var stored = loaded.Snapshot;
            input = new SignalsInput(string.Create(CultureInfo.InvariantCulture, $"workspace {ws}, snapshot {stored.Info.Number} ({stored.Info.Source})"), stored.Info.Format, loaded.History, loaded.Snapshots, loaded.Latest, args.ProductOwner ?? loaded.ProductOwner);
            return ExitCodes.Ok;
        }, ct);
        return (input, exit);
    }

    /// <summary>The signal options from the arguments and the product owner.</summary>
    public SignalOptions Options(SignalsArguments args) => new()
    {
        Period = args.Period,
        Since = args.Since,
        Top = args.Top,
        ProductOwner = ProductOwner,
    };
}
