using System.CommandLine;
using System.Globalization;
using PoPath.Cli.Check;
using PoPath.Core.History;
using PoPath.Core.IO;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Import;
using PoPath.Import.History;
using PoPath.Storage;
using Spectre.Console;

namespace PoPath.Cli.Storage;

/// <summary><c>popath import &lt;file&gt; --workspace W</c>: read a backlog, run the practical test, and store both as the workspace's next snapshot.</summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "The backlog export to import (with --history: a history file or a folder of them)." };
        var workspace = StoreOptions.Workspace();
        var format = new Option<string>("--format") { Description = "Input format (auto detects it).", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong([.. CheckCommand.Formats.Union(HistoryLoader.FormatIds)]);
        var history = new Option<bool>("--history") { Description = "Read the file or folder as a history export (items, sprints, item events) and store the history with the snapshot." };
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("import", "Import a backlog into a workspace as a new, immutable snapshot (the workspace is created on first use). The import lands whole or not at all. 'import jira|ado|github' read a backlog with its history straight from the tool's API.")
        {
            file, workspace, format, history, db, output,
            LiveImportCommands.Jira(env), LiveImportCommands.Ado(env), LiveImportCommands.GitHub(env),
        };
        command.SetAction((parse, ct) => StoreRunner.RunAsync(env, parse.GetValue(db), store =>
            RunAsync(env, store, parse.GetValue(file)!, parse.GetValue(workspace)!, parse.GetValue(format)!, parse.GetValue(history), parse.GetValue(output), ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, BacklogStore store, string file, string workspace, string format, bool withHistory, StoreOutput output, CancellationToken ct)
    {
        if (!withHistory && !File.Exists(file))
        {
            env.Error.WriteLine($"popath: {file}: {(Directory.Exists(file) ? "is a folder; expected a backlog file (a folder of history files needs --history)" : "file not found")}.");
            return ExitCodes.Input;
        }

        var formats = withHistory ? HistoryLoader.FormatIds : CheckCommand.Formats;
        if (!formats.Contains(format))
        {
            env.Error.WriteLine($"popath: --format {format} is not a {(withHistory ? "history" : "backlog")} format; expected one of {string.Join(", ", formats)}.");
            return ExitCodes.Usage;
        }

        if (withHistory)
        {
            return await StoreStreamingAsync(env, store, file, workspace, output, sink => HistoryLoader.LoadAsync(file, ImportOptions.Default, sink, format, ct), ct);
        }

        return await StoreAsync(env, store, file, workspace, withHistory, output, async reading =>
        {
            var length = Math.Max(1, new FileInfo(file).Length);
            await using var stream = new CountingReadStream(File.OpenRead(file), read => reading?.Invoke(100.0 * read / length));
            var backlog = await BacklogLoader.LoadAsync(stream, file, format, ct);
            return new BacklogHistory(backlog.Source, backlog.Format, backlog.Items, [], [], backlog.Diagnostics);
        }, ct);
    }

    /// <summary>
    /// Loads a history with its events streamed straight into the import's transaction (memory flat in the number of
    /// events), runs the practical test on its items, and stores the snapshot; with a spinner and counts on a terminal.
    /// </summary>
    internal static async Task<int> StoreStreamingAsync(CliEnvironment env, BacklogStore store, string source, string workspace, StoreOutput output,
        Func<Func<ItemEvent, ValueTask>, Task<BacklogHistory>> load, CancellationToken ct)
    {
        SnapshotInfo info;
        async Task<SnapshotInfo> Work(Action<long>? progress) => await store.ImportStreamingAsync(workspace, source, async sink =>
        {
            var loaded = await load(sink);
            foreach (var d in loaded.Diagnostics)
            {
                env.Error.WriteLine(d.ToString());
            }

            return loaded;
        }, items => ReadinessEngine.Default.Run(items), progress is null ? null : new Progress(progress), ct);

        try
        {
            if (env.StderrIsTerminal)
            {
                SnapshotInfo? done = null;
                await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(env.Error), Interactive = InteractionSupport.Yes })
                    .Progress().Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                    .StartAsync(async p =>
                    {
                        var name = Markup.Escape(Path.GetFileName(source));
                        var task = p.AddTask($"Reading and storing {name}");
                        task.IsIndeterminate = true;
                        done = await Work(rows => task.Description = $"Reading and storing {name}: {rows.ToString("N0", CultureInfo.InvariantCulture)} rows");
                        task.IsIndeterminate = false;
                        task.Value = 100;
                    });
                info = done!;
            }
            else
            {
                info = await Work(null);
            }
        }
        catch (StoreException e) when (e.Error == StoreError.FailedImport)
        {
            env.Error.WriteLine($"popath: {source} did not load; nothing was written to workspace '{workspace}'.");
            return ExitCodes.Input;
        }

        Report(env, store, workspace, output, info);
        return ExitCodes.Ok;
    }

    /// <summary>Loads a source (a file, or a live API), runs the practical test and stores both as the next snapshot, with progress on a terminal.</summary>
    /// <param name="source">What is read, for messages (a file name or a site).</param>
    /// <param name="withHistory">True to store the sprints and item events with the snapshot.</param>
    /// <param name="load">Reads the source; told a reading percentage when it can measure one.</param>
    internal static async Task<int> StoreAsync(CliEnvironment env, BacklogStore store, string source, string workspace, bool withHistory, StoreOutput output,
        Func<Action<double>?, Task<BacklogHistory>> load, CancellationToken ct)
    {
        SnapshotInfo? info = null;
        int? failed = null;
        async Task Work(Action<double>? reading, Action<long, long>? storing)
        {
            var loaded = await load(reading);
            reading?.Invoke(100);
            foreach (var d in loaded.Diagnostics)
            {
                env.Error.WriteLine(d.ToString());
            }

            if (loaded.Failed)
            {
                env.Error.WriteLine($"popath: {source} did not load; nothing was written to workspace '{workspace}'.");
                failed = ExitCodes.Input;
                return;
            }

            var run = ReadinessEngine.Default.Run(loaded.Items);
            var rows = ((long)loaded.Items.Count * (2 + ElementNames.All.Count)) + loaded.Sprints.Count + loaded.Events.Count;
            var progress = storing is null ? null : new Progress(written => storing(written, rows));
            info = withHistory
                ? await store.ImportAsync(workspace, loaded, run, progress, ct)
                : await store.ImportAsync(workspace, loaded.ToBacklog(), run, progress, ct);
        }

        if (env.StderrIsTerminal)
        {
            await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(env.Error), Interactive = InteractionSupport.Yes })
                .Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async p =>
                {
                    var read = p.AddTask("Reading " + Markup.Escape(Path.GetFileName(source)));
                    var write = p.AddTask("Storing snapshot", autoStart: false);
                    await Work(v => read.Value = v, (done, total) =>
                    {
                        write.StartTask();
                        write.Value = 100.0 * done / Math.Max(1, total);
                    });
                    write.Value = 100;
                });
        }
        else
        {
            await Work(null, null);
        }

        if (failed is { } code)
        {
            return code;
        }

        Report(env, store, workspace, output, info!);
        return ExitCodes.Ok;
    }

    private static void Report(CliEnvironment env, BacklogStore store, string workspace, StoreOutput output, SnapshotInfo s)
    {
        StoreRenderer.Write(env, output, $"Imported into {workspace}",
            ["Workspace", "Snapshot", "Items", "Sprints", "Events", "Warnings", "Passing", "Top avg"],
            [[workspace, s.Number.ToString(CultureInfo.InvariantCulture), s.ItemCount.ToString(CultureInfo.InvariantCulture), s.Sprints.ToString(CultureInfo.InvariantCulture),
              s.Events.ToString(CultureInfo.InvariantCulture), s.Diagnostics.Count.ToString(CultureInfo.InvariantCulture), s.Passing.ToString(CultureInfo.InvariantCulture),
              s.TopAverageScore.ToString("0.0", CultureInfo.InvariantCulture)]],
            new { workspace, database = store.Location, snapshot = SnapshotsCommand.Json(s) });
    }

    /// <summary>Reports on the writer's thread (<see cref="Progress{T}"/> would post to a context that a CLI does not have).</summary>
    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
