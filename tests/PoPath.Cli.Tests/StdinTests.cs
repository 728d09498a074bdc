using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary><c>popath check -</c> reads the backlog from standard input and calls it "stdin".</summary>
public sealed class StdinTests
{
    private const string Csv = """
        id,title,description
        S-1,"As a borrower, I want to renew a loan online, so that I do not have to visit the branch",Borrowers ask at the desk every day.
        S-2,Upgrade the search index,
        """;

    [Fact]
    public async Task Check_dash_reads_a_csv_from_stdin_and_names_it_stdin_in_the_table()
    {
        var run = await CliRunner.RunAsync(["check", "-"], Csv);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldStartWith("── The practical test — stdin ");
        run.Out.ShouldContain("S-1  As a borrower");
        run.Out.ShouldContain("S-2  Upgrade the search index");
    }

    [Fact]
    public async Task Check_dash_reads_a_csv_from_stdin_and_names_it_stdin_in_json()
    {
        var run = await CliRunner.RunAsync(["check", "-", "--output", "json"], Csv);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("source").GetString().ShouldBe("stdin");
        doc.RootElement.GetProperty("format").GetString().ShouldBe("csv");
        doc.Items().Select(i => i.GetProperty("id").GetString()).ShouldBe(["S-1", "S-2"]);
    }

    [Fact]
    public async Task Check_dash_names_stdin_as_the_sarif_artifact()
    {
        var run = await CliRunner.RunAsync(["check", "-", "--output", "sarif"], Csv);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("runs")[0].GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString().ShouldBe("stdin");
    }

    [Fact]
    public async Task Check_dash_with_format_text_reads_one_story_per_non_blank_line()
    {
        var stories = File.ReadAllText(Paths.Fixture("stories.txt"));

        var run = await CliRunner.RunAsync(["check", "-", "--format", "text", "--output", "json"], stories);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("format").GetString().ShouldBe("text");
        doc.Items().Select(i => (i.GetProperty("id").GetString(), i.GetProperty("title").GetString())).ShouldBe(
        [
            ("L1", "As a borrower, I want to renew a loan online, so that I do not have to visit the branch."),
            ("L3", "As a librarian, I want to see overdue loans per branch."),
            ("L5", "I want a dark mode"),
        ]);
    }

    [Fact]
    public async Task Empty_stdin_is_an_input_error_that_names_stdin()
    {
        var run = await CliRunner.RunAsync(["check", "-"], "");

        run.ExitCode.ShouldBe(ExitCodes.Input, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldStartWith("stdin: error: ");
    }
}
