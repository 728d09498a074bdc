using System.CommandLine;
using System.Reflection;
using PoPath.Cli.Rendering;
using PoPath.Core.Readiness;
using PoPath.Import;

namespace PoPath.Cli.Check;

/// <summary><c>popath demo</c>: the practical test of the sample backlog shipped with PoPath (samples/checkout-backlog.csv).</summary>
internal static class DemoCommand
{
    public const string SampleName = "checkout-backlog.csv";

    public static Command Create(CliEnvironment env)
    {
        var output = new Option<OutputFormat>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("demo", "Run the practical test on PoPath's sample backlog, to see what it shows before pointing it at your own export.") { output };
        command.SetAction(async (parse, ct) =>
        {
            await using var sample = Assembly.GetExecutingAssembly().GetManifestResourceStream("PoPath.Cli.Samples." + SampleName)
                ?? throw new InvalidOperationException("the sample backlog is missing from this build");
            var backlog = await BacklogLoader.LoadAsync(sample, SampleName, "csv", ct);
            foreach (var d in backlog.Diagnostics)
            {
                env.Error.WriteLine(d.ToString());
            }

            var run = ReadinessEngine.Default.Run(backlog.Items);
            CheckCommand.Renderer(parse.GetValue(output), env).Render(new CheckReport(run, SampleName, backlog.Format, backlog.Diagnostics, ReadinessEngine.DefaultTop), env.Out);
            return backlog.Failed ? ExitCodes.Input : ExitCodes.Ok;
        });
        return command;
    }
}
