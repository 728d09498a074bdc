using System.Text.RegularExpressions;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary>Exit codes of DESIGN §7: 0 ok, 1 --fail-under not met, 2 usage error, 3 input error; errors on stderr, never a stack trace.</summary>
public sealed partial class ExitCodeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Check_of_the_sample_exits_0()
    {
        var run = await CliRunner.RunAsync("check", Paths.Sample);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Fail_under_0_exits_0()
    {
        var run = await CliRunner.RunAsync("check", Paths.Sample, "--fail-under", "0");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
    }

    [Fact]
    public async Task Fail_under_100_exits_1_when_the_top_average_is_lower_and_still_prints_the_report()
    {
        using var json = await CheckJson.RunAsync(Paths.Sample);
        json.RootElement.GetProperty("summary").GetProperty("top_average_score").GetDouble().ShouldBeLessThan(100);

        var run = await CliRunner.RunAsync("check", Paths.Sample, "--fail-under", "100", "--output", "json");

        run.ExitCode.ShouldBe(ExitCodes.FailUnder, run.ToString());
        run.Out.ShouldContain("\"items\"");
        run.Error.ShouldContain("--fail-under 100");
    }

    [Fact]
    public async Task Fail_under_compares_the_average_of_the_top_items_only()
    {
        using var json = await CheckJson.RunAsync(Paths.Sample, "--top", "1");
        var best = (int)json.RootElement.GetProperty("summary").GetProperty("top_average_score").GetDouble();
        json.RootElement.GetProperty("summary").GetProperty("average_score").GetDouble().ShouldBeLessThan(best, "the sample's first item scores above its average");

        var run = await CliRunner.RunAsync("check", Paths.Sample, "--top", "1", "--fail-under", best.ToString(System.Globalization.CultureInfo.InvariantCulture));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
    }

    [Theory]
    [InlineData("unknown option", "check", "SAMPLE", "--no-such-option")]
    [InlineData("--top 0", "check", "SAMPLE", "--top", "0")]
    [InlineData("--top not a number", "check", "SAMPLE", "--top", "many")]
    [InlineData("--fail-under 150", "check", "SAMPLE", "--fail-under", "150")]
    [InlineData("--fail-under -1", "check", "SAMPLE", "--fail-under", "-1")]
    [InlineData("--fail-under not a number", "check", "SAMPLE", "--fail-under", "abc")]
    [InlineData("unknown --format value", "check", "SAMPLE", "--format", "yaml")]
    [InlineData("unknown --output value", "check", "SAMPLE", "--output", "xml")]
    [InlineData("missing file argument", "check")]
    [InlineData("unknown command", "frobnicate")]
    public async Task A_usage_error_exits_2_with_a_message_on_stderr_and_nothing_on_stdout(string because, params string[] args)
    {
        var run = await CliRunner.RunAsync([.. args.Select(a => a == "SAMPLE" ? Paths.Sample : a)]);

        run.ExitCode.ShouldBe(ExitCodes.Usage, $"{because}\n{run}");
        run.Out.ShouldBeEmpty(because);
        run.Error.ShouldStartWith("popath: ", customMessage: because);
        run.Error.ShouldContain("--help", customMessage: because);
        ShouldHaveNoStackTrace(run);
    }

    public static TheoryData<string> BadInputs => new()
    {
        "not found", "a folder", "an empty file", "a header only", "binary junk", "an unbalanced quote", "invalid JSON", "truncated PoPath JSON",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task An_input_error_exits_3_naming_the_file_on_stderr_without_a_stack_trace(string input)
    {
        var file = BadInput(input);

        var run = await CliRunner.RunAsync("check", file);

        run.ExitCode.ShouldBe(ExitCodes.Input, $"{input}\n{run}");
        run.Out.ShouldBeEmpty(input);
        run.Error.ShouldContain(file, customMessage: input);
        run.Error.ShouldContain(": error: ", customMessage: input);
        ShouldHaveNoStackTrace(run);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task An_input_error_exits_3_for_every_output_format(string input)
    {
        foreach (var output in new[] { "json", "markdown", "sarif", "csv" })
        {
            var run = await CliRunner.RunAsync("check", BadInput(input), "--output", output);

            run.ExitCode.ShouldBe(ExitCodes.Input, $"{input} --output {output}\n{run}");
            run.Out.ShouldBeEmpty();
        }
    }

    private string BadInput(string kind) => kind switch
    {
        "not found" => Path.Combine(_temp.Path, "no-such-backlog.csv"),
        "a folder" => Directory.CreateDirectory(Path.Combine(_temp.Path, "backlog.csv")).FullName,
        "an empty file" => _temp.Write("empty.csv", ""),
        "a header only" => _temp.Write("header-only.csv", "id,title,description\n"),
        "binary junk" => _temp.Write("junk.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00, 0x10, 0x00]),
        "an unbalanced quote" => _temp.Write("unbalanced.csv", "id,title,description\nU-1,\"Export the report,never closed\nU-2,Second,row\n"),
        "invalid JSON" => _temp.Write("broken.json", "{\"items\": [ {\"id\": \"J-1\", \"title\": \"Open\" "),
        "truncated PoPath JSON" => _temp.Write("truncated.json", "{\"popath\": \"backlog/1\", \"items\": [ {\"id\": \"J-1\", \"title\": "),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static void ShouldHaveNoStackTrace(CliRun run)
    {
        StackFrame().IsMatch(run.Error).ShouldBeFalse($"stack frame on stderr:\n{run.Error}");
        ExceptionType().IsMatch(run.Error).ShouldBeFalse($"exception type name on stderr:\n{run.Error}");
        run.Error.ShouldNotContain("unexpected error");
    }

    [GeneratedRegex(@"^\s+at \S", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionType();
}
