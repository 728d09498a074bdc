using System.CommandLine;
using PoPath.Cli.Storage;
using PoPath.Core.Advisor;
using PoPath.Core.Import;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Import;
using PoPath.Storage;
using Spectre.Console;

using Profile = PoPath.Core.Advisor.Profile;

namespace PoPath.Cli.Advise;

/// <summary><c>popath advise</c>: the learning route for a profile, with the learning gap of a backlog and the manager's part.</summary>
internal static class AdviseCommand
{
    public enum Audience
    {
        Po,
        Manager,
    }

    public enum AdviseOutput
    {
        Table,
        Json,
        Markdown,
    }

    public static Command Create(CliEnvironment env)
    {
        var profile = new Option<string?>("--profile", "-p") { Description = "The profile file (YAML or JSON, DESIGN §7 fields). Without it: the profile saved for --workspace, else the questions on a terminal.", HelpName = "FILE" };
        var backlog = new Option<string?>("--backlog", "-b") { Description = "A backlog export to read the learning gap from (any format popath check reads).", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "Format of --backlog.", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong(Check.CheckCommand.Formats);
        var workspace = StoreOptions.Workspace(required: false);
        workspace.Description = "Read the learning gap from this workspace's latest snapshot (and its saved profile when --profile is not given).";
        var db = StoreOptions.Db();
        var audience = new Option<Audience>("--for") { Description = "Who the advice is for: po, or manager (adds what to look for and what the organisation must provide).", HelpName = "po|manager", DefaultValueFactory = _ => Audience.Po };
        var output = new Option<AdviseOutput>("--output", "-o") { Description = "Output format.", HelpName = "table|json|markdown", DefaultValueFactory = _ => AdviseOutput.Table };
        var saveProfile = new Option<string?>("--save-profile") { Description = "Write the profile used (asked or given) to this file: .json as JSON, else YAML.", HelpName = "FILE" };
        var save = new Option<bool>("--save") { Description = "Keep the profile and the route produced in the workspace (needs --workspace)." };
        var signalsFile = new Option<string?>("--signals") { Description = "Signal readings for the advice and the manager's checklist: the output of 'popath signals --output json'.", HelpName = "FILE" };
        var top = new Option<int>("--top") { Description = "How many top items (by rank) the learning gap covers.", HelpName = "N", DefaultValueFactory = _ => ReadinessEngine.DefaultTop };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                r.AddError("--top must be between 1 and 1000000.");
            }
        });

        var command = new Command("advise", "Recommend a learning route (CSPO or PSPO first, SAFe POPM for scaled work, AI courses on top of role clarity) with the reasons for every step, what it will not fix, and what is asked of the organisation.")
        {
            profile, backlog, format, workspace, db, audience, output, saveProfile, save, signalsFile, top,
        };
        command.SetAction((parse, ct) => RunAsync(env, new Request(
            parse.GetValue(profile), parse.GetValue(backlog), parse.GetValue(format)!, parse.GetValue(workspace), parse.GetValue(db),
            parse.GetValue(audience), parse.GetValue(output), parse.GetValue(saveProfile), parse.GetValue(save), parse.GetValue(top), parse.GetValue(signalsFile)), ct));
        return command;
    }

    internal sealed record Request(string? Profile, string? Backlog, string Format, string? Workspace, string? Db, Audience For, AdviseOutput Output, string? SaveProfile, bool Save, int Top, string? Signals);

    private static async Task<int> RunAsync(CliEnvironment env, Request q, CancellationToken ct)
    {
        if (q.Backlog is not null && q.Workspace is not null)
        {
            env.Error.WriteLine("popath: give either --backlog or --workspace for the learning gap, not both.");
            return ExitCodes.Usage;
        }

        if (q.Save && q.Workspace is null)
        {
            env.Error.WriteLine("popath: --save keeps the profile and route in a workspace; add --workspace W.");
            return ExitCodes.Usage;
        }

        if (q.Db is not null && q.Workspace is null)
        {
            env.Error.WriteLine("popath: --db goes with --workspace.");
            return ExitCodes.Usage;
        }

        if (q.Workspace is null)
        {
            return await AdviseAsync(env, q, store: null, ct);
        }

        return await StoreRunner.RunAsync(env, q.Db, store => AdviseAsync(env, q, store, ct), ct);
    }

    private static async Task<int> AdviseAsync(CliEnvironment env, Request q, BacklogStore? store, CancellationToken ct)
    {
        var catalogue = Core.Catalogue.Catalogue.Default;

        // The learning gap source first: a bad backlog is reported before any question is asked.
        CheckRun? run = null;
        string? backlogSource = null;
        int? snapshot = null;
        IReadOnlyList<SignalSummary>? signals = null;
        if (q.Backlog is not null)
        {
            var loaded = await LoadBacklogAsync(q.Backlog, q.Format, ct);
            foreach (var d in loaded.Diagnostics)
            {
                env.Error.WriteLine(d.ToString());
            }

            if (loaded.Failed)
            {
                return ExitCodes.Input;
            }

            run = ReadinessEngine.Default.Run(loaded.Items, q.Top);
            backlogSource = loaded.Source;
        }
        else if (store is not null && q.Workspace is { } ws)
        {
            var stored = await store.LoadSnapshotAsync(ws, null, ct);
            run = ReadinessEngine.Default.Run(stored.Items, q.Top);
            snapshot = stored.Info.Number;
            backlogSource = $"workspace {ws}, snapshot {stored.Info.Number} ({stored.Info.Source})";
            signals = await AdviseSignals.ForWorkspaceAsync(store, ws, ct);
        }

        if (q.Signals is { } signalsPath)
        {
            var (readings, error) = await SignalsFile.ReadAsync(signalsPath, ct);
            if (readings is null)
            {
                env.Error.WriteLine(error);
                return ExitCodes.Input;
            }

            signals = readings;
        }

        var (profile, profileSource, code) = await ProfileAsync(env, q, store, catalogue, ct);
        if (profile is null)
        {
            return code;
        }

        if (q.SaveProfile is { } path)
        {
            try
            {
                await File.WriteAllTextAsync(path, path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ProfileWriter.ToJson(profile) : ProfileWriter.ToYaml(profile), ct);
                env.Error.WriteLine($"popath: profile saved to {path}.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine($"popath: {path}: cannot write the profile: {e.Message}");
                return ExitCodes.Input;
            }
        }

        var advice = RouteAdvisor.Default.Advise(new AdviceInput(profile, run?.Gaps, signals));
        var gap = run is null ? null : LearningGap.From(run, advice);
        var manager = q.For == Audience.Manager ? ManagerChecklist.Build(profile, signals) : null;
        if (q.Save && store is not null && q.Workspace is { } target)
        {
            var saved = await store.SaveAdviceAsync(target, profile, advice, snapshot, ct);
            env.Error.WriteLine($"popath: saved profile and route {saved.Number} in workspace {target}.");
        }

        var report = new AdviceReport(profile, profileSource, advice, gap, backlogSource, manager, signals, catalogue);
        switch (q.Output)
        {
            case AdviseOutput.Json:
                AdviceJsonRenderer.Render(report, env.Out);
                break;
            case AdviseOutput.Markdown:
                AdviceMarkdownRenderer.Render(report, env.Out);
                break;
            default:
                AdviceTableRenderer.Render(report, env.Out, env.StdoutIsTerminal, env.Width);
                break;
        }

        env.Out.Flush();
        return ExitCodes.Ok;
    }

    private static async Task<(Profile? Profile, string Source, int Code)> ProfileAsync(CliEnvironment env, Request q, BacklogStore? store, Core.Catalogue.Catalogue catalogue, CancellationToken ct)
    {
        if (q.Profile is { } file)
        {
            if (!File.Exists(file))
            {
                env.Error.WriteLine($"{file}: {(Directory.Exists(file) ? "is a folder; expected a profile file" : "file not found")}");
                return (null, file, ExitCodes.Input);
            }

            if (new FileInfo(file).Length > ProfileReader.MaxLength)
            {
                env.Error.WriteLine($"{file}: {new FileInfo(file).Length} bytes; a profile is at most {ProfileReader.MaxLength}");
                return (null, file, ExitCodes.Input);
            }

            try
            {
                return (ProfileReader.Parse(await File.ReadAllTextAsync(file, ct), file, catalogue), file, ExitCodes.Ok);
            }
            catch (ProfileException e)
            {
                foreach (var m in e.Errors)
                {
                    env.Error.WriteLine(m);
                }

                return (null, file, ExitCodes.Input);
            }
        }

        if (store is not null && q.Workspace is { } ws && await store.LatestAdviceAsync(ws, ct) is { } saved)
        {
            return (saved.Profile, $"saved profile {saved.Number} of workspace {ws}", ExitCodes.Ok);
        }

        if (!env.StdinIsTerminal || (env.PromptConsole is null && !env.StderrIsTerminal))
        {
            env.Error.WriteLine("popath: advise needs a profile: pass --profile FILE (YAML or JSON; see docs/advisor.md), or run it on a terminal to answer the questions.");
            return (null, "", ExitCodes.Usage);
        }

        var console = env.PromptConsole ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(env.Error), Interactive = InteractionSupport.Yes });
        return (Questionnaire.Ask(console, catalogue), "answered questions", ExitCodes.Ok);
    }

    private static async Task<Backlog> LoadBacklogAsync(string file, string format, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            return new Backlog(file, format, [], [ImportDiagnostic.Error(new Core.Model.SourceLocation(file), Directory.Exists(file) ? "is a folder; expected a backlog file" : "file not found")]);
        }

        return await BacklogLoader.LoadAsync(file, format, ct);
    }
}
