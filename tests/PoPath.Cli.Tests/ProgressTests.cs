using System.Globalization;
using System.Text;
using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary>Large inputs draw progress on stderr when it is a terminal; stdout keeps only the data.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Progress_for_a_large_input_goes_to_a_terminal_stderr_and_json_on_stdout_stays_whole()
    {
        const int rows = 3_000;
        var file = _temp.Write("large.csv", LargeCsv(rows));
        new FileInfo(file).Length.ShouldBeGreaterThan(1 << 20, "over the size that shows a progress bar");

        var run = await CliRunner.RunAsync(["check", file, "--output", "json"], stdin: null, stderrTerminal: true);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("Reading large.csv");
        using var doc = JsonDocument.Parse(run.Out);
        doc.Items().Count().ShouldBe(rows);
    }

    [Fact]
    public async Task No_progress_is_drawn_when_stderr_is_not_a_terminal()
    {
        var file = _temp.Write("large.csv", LargeCsv(3_000));

        var run = await CliRunner.RunAsync("check", file, "--output", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
    }

    private static string LargeCsv(int rows)
    {
        var csv = new StringBuilder("id,title,description\n");
        for (var i = 1; i <= rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"P-{i},\"As a warehouse picker, I want slip {i} sorted by shelf, so that I walk the aisles once\",\"Pickers walk back and forth. {new string('x', 360)}\"\n");
        }

        return csv.ToString();
    }
}
