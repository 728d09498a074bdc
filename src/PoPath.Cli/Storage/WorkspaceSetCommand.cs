using System.CommandLine;

namespace PoPath.Cli.Storage;

/// <summary><c>popath workspaces set --workspace W --product-owner NAME</c>: who the product owner is, for the signals (stored in schema version 2).</summary>
internal static class WorkspaceSetCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = StoreOptions.Db();
        var workspace = StoreOptions.Workspace();
        var po = new Option<string?>("--product-owner", "--po") { Description = "The product owner's name as the history spells it (the actor of their rank changes).", HelpName = "NAME" };
        var clear = new Option<bool>("--clear-product-owner") { Description = "Forget the product owner: the signals infer the most frequent ranker again." };
        var command = new Command("set", "Change a workspace's settings: who its product owner is.") { workspace, po, clear, db };
        command.SetAction((parse, ct) =>
        {
            var name = parse.GetValue(po);
            var forget = parse.GetValue(clear);
            if (name is null == !forget)
            {
                env.Error.WriteLine("popath: give --product-owner NAME or --clear-product-owner.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
            {
                var ws = parse.GetValue(workspace)!;
                try
                {
                    await store.SetProductOwnerAsync(ws, forget ? null : name, ct);
                }
                catch (ArgumentException e)
                {
                    env.Error.WriteLine($"popath: --product-owner: {e.Message.Split(" (Parameter", 2)[0]}.");
                    return ExitCodes.Usage;
                }

                env.Out.WriteLine(forget ? $"Workspace {ws}: product owner cleared; the signals infer it from the history." : $"Workspace {ws}: product owner set to {name!.Trim()}.");
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }
}
