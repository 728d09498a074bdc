using System.CommandLine;
using PoPath.Cli.Storage;
using PoPath.Core.Signals;

namespace PoPath.Cli.Signals;

/// <summary><c>popath signals --workspace W | &lt;history&gt;</c>: the manager signals of DESIGN §4 per sprint or month, with bands, evidence and findings.</summary>
internal static class SignalsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<StoreOutput>("--output", "-o") { Description = "Output format.", HelpName = "table|json|markdown", DefaultValueFactory = _ => StoreOutput.Table };
        var command = new Command("signals", "Show the signals a manager looks at, from the backlog's history: random demand, order overrides, wait transparency, review learning, outcome talk and decision quality — per sprint (or month), with bands, the events behind each value, and the organisational findings no course can fix.")
        {
            output,
        };
        var read = SignalsArguments.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var args = read(parse);
            var (input, exit) = await SignalsInput.LoadAsync(env, args, ct);
            if (input is null)
            {
                return exit;
            }

            var result = SignalEngine.Default.Run(input.History, input.Options(args), input.Snapshots);
            SignalsRenderer.Write(env, parse.GetValue(output), input, result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
