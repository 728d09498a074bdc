using System.CommandLine;
using PoPath.Cli.Advise;
using PoPath.Cli.Catalog;
using PoPath.Cli.Check;
using PoPath.Cli.Storage;

namespace PoPath.Cli;

/// <summary>The <c>popath</c> command line: builds the commands and maps failures to exit codes (DESIGN §7).</summary>
internal static class PoPathApp
{
    public const int InternalError = 70;

    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand("PoPath reads a Product Owner's backlog and runs the practical test on every item: can it explain the customer need, the business reason, the trade-off, the expected outcome, and why it comes before the three items below it?")
        {
            StoredCheck.Attach(CheckCommand.Create(env), env),
            DemoCommand.Create(env),
            ImportCommand.Create(env),
            WorkspacesCommand.Create(env),
            SnapshotsCommand.Create(env),
            DiffCommand.Create(env),
            DbCommand.Create(env),
            Signals.SignalsCommand.Create(env),
            Signals.ReportCommand.Create(env),
            AdviseCommand.Create(env),
            CatalogCommand.Create(env),
            Feedback.FeedbackCommand.Create(env),
            Feedback.AcceptanceCommand.Create(env),
            Feedback.BriefCommand.Create(env),
            Web.ServeCommand.Create(env),
            Web.ServeCommand.CreateAdmin(env),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken ct = default)
    {
        var root = Build(env);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                env.Error.WriteLine($"popath: {e.Message}");
            }

            env.Error.WriteLine("Try 'popath --help' or 'popath check --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine("popath: cancelled.");
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace for the user; the message says what happened.
            env.Error.WriteLine($"popath: unexpected error: {e.GetType().Name}: {e.Message}");
            return InternalError;
        }
    }
}
