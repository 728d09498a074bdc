using System.CommandLine;
using PoPath.Cli.Storage;
using PoPath.Core.Storage;
using PoPath.Web.Hosting;

namespace PoPath.Cli.Web;

/// <summary><c>popath serve [--urls] [--db] [--demo] [--self-check]</c> and <c>popath admin create-link</c>: the web app.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (several separated by ';'; port 0 picks a free one).", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var db = StoreOptions.Db();
        var demo = new Option<bool>("--demo") { Description = "Also load PoPath's sample backlog into the workspace 'demo' (once)." };
        var selfCheck = new Option<bool>("--self-check") { Description = "Start, request the main pages, print what came back and stop (exit 1 when a page is wrong)." };
        var command = new Command("serve", "Run the web app: sign-in, workspaces and members, import, the practical test board, item pages with highlighted evidence, and the JSON API under /api. The first start prints a one-time link that creates the administrator.")
        {
            urls, db, demo, selfCheck,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new WebOptions(parse.GetValue(urls)!, parse.GetValue(db), parse.GetValue(demo), parse.GetValue(selfCheck));
            try
            {
                await using var app = await PoPathWebApp.BuildAsync(options);
                return await PoPathWebApp.RunAsync(app, options, env.Out, ct);
            }
            catch (StoreException e)
            {
                env.Error.WriteLine($"popath: {e.Message}");
                return StoreRunner.ExitCode(e.Error);
            }
            catch (SettingsException e)
            {
                env.Error.WriteLine($"popath: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                env.Error.WriteLine($"popath: cannot listen on {options.Urls}: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    public static Command CreateAdmin(CliEnvironment env)
    {
        var db = StoreOptions.Db();
        var url = new Option<string>("--url") { Description = "The address the app is served at, to print the whole link.", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var createLink = new Command("create-link", "Print a new one-time link that creates an administrator account (earlier unused set-up links stop working).") { db, url };
        createLink.SetAction(async (parse, ct) =>
        {
            try
            {
                var secret = await PoPathWebApp.NewSetupLinkAsync(parse.GetValue(db), ct);
                env.Out.WriteLine($"{parse.GetValue(url)!.TrimEnd('/')}/setup/{secret}");
                env.Error.WriteLine("popath: the link works once, for 24 hours.");
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                env.Error.WriteLine($"popath: {e.Message}");
                return StoreRunner.ExitCode(e.Error);
            }
        });
        return new Command("admin", "Administration of the web app.") { createLink };
    }
}
