using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PoPath.Cli.Rendering;
using PoPath.Core.Import;
using PoPath.Core.IO;
using PoPath.Core.Readiness;
using PoPath.Import;
using Spectre.Console;

namespace PoPath.Cli.Check;

/// <summary><c>popath check &lt;file|-&gt;</c>: the practical test of a backlog export.</summary>
internal static class CheckCommand
{
    public static readonly string[] Formats = ["auto", .. FormatDetector.Formats];

    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "The backlog export to test, or - to read standard input." };
        var format = new Option<string>("--format") { Description = "Input format.", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong(Formats);
        var top = new Option<int>("--top")
        {
            Description = "How many top items (by rank) the gap profile covers and the table lists.",
            HelpName = "N",
            DefaultValueFactory = _ => ReadinessEngine.DefaultTop,
            CustomParser = r => WholeNumber(r, "--top", 1, 1_000_000) ?? ReadinessEngine.DefaultTop,
        };
        var output = new Option<OutputFormat>("--output", "-o") { Description = "Output format.", HelpName = "table|json|markdown|sarif|csv", DefaultValueFactory = _ => OutputFormat.Table };
        var failUnder = new Option<int?>("--fail-under")
        {
            Description = "Exit with 1 when the average score of the top items is below this (0–100).",
            HelpName = "SCORE",
            CustomParser = r => WholeNumber(r, "--fail-under", 0, 100),
        };

        var command = new Command("check", "Run the practical test on every item of a backlog: customer need, business reason, trade-off, expected outcome, why before the three items below, and acceptance criteria — with the evidence for each verdict.")
        {
            file, format, top, output, failUnder,
        };
        command.SetAction((parse, ct) => RunAsync(env, parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(top), parse.GetValue(output), parse.GetValue(failUnder), ct));
        return command;
    }

    /// <summary>Parses a whole number in min..max, or adds an error that names the option and what was given.</summary>
    private static int? WholeNumber(ArgumentResult r, string option, int min, int max)
    {
        if (r.Tokens is not [var token])
        {
            r.AddError($"{option} expects one whole number.");
            return null;
        }

        if (!int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            r.AddError($"{option} expects a whole number, got '{token.Value}'.");
            return null;
        }

        if (n < min || n > max)
        {
            r.AddError($"{option} must be between {min} and {max}, got {n}.");
            return null;
        }

        return n;
    }

    public static async Task<int> RunAsync(CliEnvironment env, string file, string format, int top, OutputFormat output, int? failUnder, CancellationToken ct)
    {
        var loaded = await LoadAsync(env, file, format, ct);
        foreach (var d in loaded.Diagnostics)
        {
            env.Error.WriteLine(d.ToString());
        }

        if (loaded.Failed)
        {
            return ExitCodes.Input;
        }

        var run = Analyse(env, loaded, top);
        // The loader's name for the input: "stdin" for -, which the renderers print as the source.
        var report = new CheckReport(run, loaded.Source, loaded.Format, loaded.Diagnostics, top == 0 ? ReadinessEngine.DefaultTop : top);
        Renderer(output, env).Render(report, env.Out);
        env.Out.Flush();

        if (failUnder is { } min && run.Summary.TopAverageScore < min)
        {
            env.Error.WriteLine($"popath: the top {run.Gaps.ItemsConsidered} items average {run.Summary.TopAverageScore:0.0}, under --fail-under {min}.");
            return ExitCodes.FailUnder;
        }

        return ExitCodes.Ok;
    }

    private static async Task<Backlog> LoadAsync(CliEnvironment env, string file, string format, CancellationToken ct)
    {
        if (file == "-")
        {
            await using var stdin = env.OpenStdin();
            return await BacklogLoader.LoadAsync(stdin, "stdin", format, ct);
        }

        if (!File.Exists(file))
        {
            return new Backlog(file, format, [], [ImportDiagnostic.Error(new Core.Model.SourceLocation(file), Directory.Exists(file) ? "is a folder; expected a backlog file" : "file not found")]);
        }

        var large = new FileInfo(file).Length > LargeInput;
        if (!large || !env.StderrIsTerminal)
        {
            return await BacklogLoader.LoadAsync(file, format, ct);
        }

        Backlog? result = null;
        await StderrConsole(env).Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async p =>
            {
                var task = p.AddTask("Reading " + Markup.Escape(Path.GetFileName(file)));
                var length = new FileInfo(file).Length;
                await using var stream = new CountingReadStream(File.OpenRead(file), read => task.Value = 100.0 * read / Math.Max(1, length));
                result = await BacklogLoader.LoadAsync(stream, file, format, ct);
                task.Value = 100;
            });
        return result!;
    }

    private static CheckRun Analyse(CliEnvironment env, Backlog backlog, int top)
    {
        if (backlog.Items.Count < LargeItemCount || !env.StderrIsTerminal)
        {
            return ReadinessEngine.Default.Run(backlog.Items, top);
        }

        CheckRun? run = null;
        StderrConsole(env).Status().Start($"Testing {backlog.Items.Count} items", _ => run = ReadinessEngine.Default.Run(backlog.Items, top));
        return run!;
    }

    private const long LargeInput = 1 << 20;
    private const int LargeItemCount = 2000;

    private static IAnsiConsole StderrConsole(CliEnvironment env) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(env.Error),
        Interactive = InteractionSupport.Yes,
    });

    internal static ICheckRenderer Renderer(OutputFormat output, CliEnvironment env) => output switch
    {
        OutputFormat.Json => new JsonCheckRenderer(),
        OutputFormat.Markdown => new MarkdownCheckRenderer(),
        OutputFormat.Sarif => new SarifCheckRenderer(),
        OutputFormat.Csv => new CsvCheckRenderer(),
        _ => new TableCheckRenderer(env.StdoutIsTerminal, env.Width),
    };
}
