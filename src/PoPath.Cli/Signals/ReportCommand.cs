using System.CommandLine;
using PoPath.Core.Signals;

namespace PoPath.Cli.Signals;

/// <summary><c>popath report --workspace W | &lt;history&gt; --out report.html [--charts DIR]</c>: one self-contained HTML file a manager can open or print.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string>("--out") { Description = "The HTML file to write (replaced whole, never left half-written).", HelpName = "FILE", Required = true };
        var charts = new Option<string?>("--charts") { Description = "Also write each signal's chart as DIR/<signal>.svg, for docs and slides.", HelpName = "DIR" };
        var command = new Command("report", "Write one self-contained HTML report: the practical test summary, the gap profile, the signals over time with their bands and evidence counts, and the organisational findings.")
        {
            output, charts,
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
            var html = HtmlReport.Write(input, result, args.Top);
            var target = parse.GetValue(output)!;
            try
            {
                await WriteWholeAsync(target, html, ct);
                if (parse.GetValue(charts) is { } dir)
                {
                    Directory.CreateDirectory(dir);
                    foreach (var s in result.Signals.Where(s => s.Error is null))
                    {
                        await WriteWholeAsync(Path.Combine(dir, s.Id + ".svg"), SvgChart.Of(s) + "\n", ct);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine($"popath: cannot write {target}: {e.Message}");
                return ExitCodes.Input;
            }

            foreach (var p in result.Problems)
            {
                env.Error.WriteLine("popath: " + p);
            }

            env.Out.WriteLine($"Wrote {target} ({result.Signals.Count} signals over {result.Periods.Count} periods, {result.Findings.Count} findings).");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes to a temporary file beside the target, then moves it over: the target is either the old file or the whole new one.</summary>
    private static async Task WriteWholeAsync(string path, string text, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            await File.WriteAllTextAsync(temp, text, new System.Text.UTF8Encoding(false), ct);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
