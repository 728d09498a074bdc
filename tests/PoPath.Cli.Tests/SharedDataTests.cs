using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using PoPath.Cli.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Cli.Tests;

/// <summary>
/// <c>check --output json</c> on the public data sets in <c>../shared/data</c> beside the repository root (not part of the
/// repository): each file exits 0 without error diagnostics and lists every story. Skipped with a message when the data is absent.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class SharedDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Check_lists_every_row_of_the_16_storypoint_csv_files_and_exits_0()
    {
        var folder = Paths.SharedData("backlogs/seanalytics-storypoint-tse2018");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/seanalytics-storypoint-tse2018 is not there");
            return;
        }

        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(16);
        var total = 0;
        foreach (var file in files)
        {
            var fields = InputFields.FromCsv(file, "issuekey", StorypointColumns);
            total += await CheckAsync(file, CountCsvRows(file), fields);
        }

        total.ShouldBe(23_313);
    }

    [Fact]
    public async Task Check_lists_every_non_blank_line_of_the_22_dalpiaz_story_files_and_exits_0()
    {
        var folder = Paths.SharedData("user-stories/dalpiaz-22");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/user-stories/dalpiaz-22 is not there");
            return;
        }

        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(22);
        var total = 0;
        foreach (var file in files)
        {
            var stories = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
            total += await CheckAsync(file, stories, InputFields.FromStoryLines(file));
        }

        total.ShouldBe(1_680);
    }

    private static readonly Dictionary<string, string> StorypointColumns = new() { ["title"] = "title", ["description"] = "description" };

    /// <summary>Runs the check, asserts exit 0, no errors, <paramref name="expected"/> items and evidence quoting the input; returns the item count.</summary>
    private async Task<int> CheckAsync(string file, int expected, Dictionary<string, Dictionary<string, string>> fields)
    {
        var name = Path.GetFileName(file);
        var clock = Stopwatch.StartNew();
        var run = await CliRunner.RunAsync("check", file, "--output", "json");
        clock.Stop();

        run.ExitCode.ShouldBe(ExitCodes.Ok, $"{name}\n{run.Error}");
        run.Error.ShouldNotContain(": error: ", customMessage: name);
        using var doc = JsonDocument.Parse(run.Out);
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.ShouldNotContain(d => d.GetProperty("severity").GetString() == "error", name);
        var items = doc.RootElement.GetProperty("items").GetArrayLength();
        output.WriteLine($"{name,-26} {items,6} items {diagnostics.Count,3} warnings {clock.Elapsed.TotalMilliseconds,7:0} ms");
        items.ShouldBe(expected, name);
        doc.RootElement.GetProperty("summary").GetProperty("items").GetInt32().ShouldBe(expected, name);
        doc.ShouldQuoteTheInput(fields).ShouldBeGreaterThan(0, name);
        return items;
    }

    private static int CountCsvRows(string file)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = 0;
        while (csv.Read())
        {
            rows++;
        }

        return rows;
    }
}
