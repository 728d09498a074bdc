using System.CommandLine;
using System.CommandLine.Invocation;
using PoPath.Cli.Check;
using PoPath.Cli.Rendering;
using PoPath.Core.Readiness;

namespace PoPath.Cli.Storage;

/// <summary>Adds <c>--workspace W [--snapshot N] [--db]</c> to <c>popath check</c>: the practical test on a stored snapshot, with the same outputs as the file form.</summary>
/// <remarks>
/// Attached from outside so that <see cref="CheckCommand"/> stays as it is: the file argument becomes optional, and the
/// command's own action still runs whenever no workspace is given.
/// </remarks>
internal static class StoredCheck
{
    public static Command Attach(Command check, CliEnvironment env)
    {
        var file = check.Arguments.First(a => a.Name == "file");
        file.Arity = ArgumentArity.ZeroOrOne;
        file.Description += " Or use --workspace to test a stored snapshot.";
        var workspace = StoreOptions.Workspace(required: false);
        workspace.Description = "Test a stored snapshot of this workspace instead of a file.";
        var snapshot = new Option<int?>("--snapshot") { Description = "The snapshot number to test with --workspace (default: the latest)." };
        var db = StoreOptions.Db();
        check.Options.Add(workspace);
        check.Options.Add(snapshot);
        check.Options.Add(db);
        var fileAction = check.Action as AsynchronousCommandLineAction ?? throw new InvalidOperationException("check has no asynchronous action");
        check.SetAction(async (parse, ct) =>
        {
            var path = parse.GetResult(file) is { Tokens.Count: > 0 } ? parse.GetValue<string>("file") : null;
            var ws = parse.GetValue(workspace);
            if (ws is null)
            {
                if (path is null)
                {
                    env.Error.WriteLine("popath: check needs a file (or - for standard input), or --workspace W for a stored snapshot. Try 'popath check --help'.");
                    return ExitCodes.Usage;
                }

                if (parse.GetValue(snapshot) is not null || parse.GetValue(db) is not null)
                {
                    env.Error.WriteLine("popath: --snapshot and --db go with --workspace.");
                    return ExitCodes.Usage;
                }

                return await fileAction.InvokeAsync(parse, ct);
            }

            if (path is not null)
            {
                env.Error.WriteLine("popath: give either a file or --workspace, not both.");
                return ExitCodes.Usage;
            }

            var top = parse.GetValue<int>("--top");
            var output = parse.GetValue<OutputFormat>("--output");
            var failUnder = parse.GetValue<int?>("--fail-under");
            return await StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
            {
                var stored = await store.LoadSnapshotAsync(ws, parse.GetValue(snapshot), ct);
                foreach (var d in stored.Info.Diagnostics)
                {
                    env.Error.WriteLine(d.ToString());
                }

                var run = ReadinessEngine.Default.Run(stored.Items, top);
                var source = $"workspace {ws}, snapshot {stored.Info.Number} ({stored.Info.Source})";
                CheckCommand.Renderer(output, env).Render(new CheckReport(run, source, stored.Info.Format, stored.Info.Diagnostics, top), env.Out);
                env.Out.Flush();
                if (failUnder is { } min && run.Summary.TopAverageScore < min)
                {
                    env.Error.WriteLine($"popath: the top {run.Gaps.ItemsConsidered} items average {run.Summary.TopAverageScore:0.0}, under --fail-under {min}.");
                    return ExitCodes.FailUnder;
                }

                return ExitCodes.Ok;
            }, ct);
        });
        return check;
    }
}
