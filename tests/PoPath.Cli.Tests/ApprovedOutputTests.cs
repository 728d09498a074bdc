using System.CommandLine;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary>Golden files for rendered text (HOUSE_STYLE: approved output). Re-approve with <c>POPATH_APPROVE=1 dotnet test tests/PoPath.Cli.Tests</c>.</summary>
public sealed class ApprovedOutputTests
{
    [Fact]
    public async Task Check_of_the_sample_as_a_table_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("check", Paths.Sample, "--output", "table");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldNotContain('\u001b', customMessage: "no ANSI escape codes when stdout is not a terminal");
        run.Out.ShouldContain("“blocks SHOP-104” (links)", customMessage: "evidence is quoted with where it came from");
        run.Out.ShouldContain("\n  ? ", customMessage: "questions are listed");
        run.Out.ShouldContain("── Gap profile — top 10 items by rank");
        ApprovedFile.Verify("check-sample.table", run.Out);
    }

    [Fact]
    public async Task Check_of_the_sample_as_markdown_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("check", Paths.Sample, "--output", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldNotContain('\u001b');
        run.Out.ShouldContain("“blocks SHOP-104” (links)");
        run.Out.ShouldContain("Questions to answer:\n\n- ");
        run.Out.ShouldContain("## Gap profile (top 10 by rank)");
        ApprovedFile.Verify("check-sample.markdown", run.Out);
    }

    [Fact]
    public async Task Root_help_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        ApprovedFile.Verify("help", HostNamedPopath(run.Out));
    }

    [Fact]
    public async Task Check_help_matches_the_approved_output()
    {
        var run = await CliRunner.RunAsync("check", "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        ApprovedFile.Verify("check-help", HostNamedPopath(run.Out));
    }

    /// <summary>
    /// System.CommandLine names the root command after the running executable: <c>popath</c> when installed,
    /// the test host here. The approved files show what a user sees.
    /// </summary>
    private static string HostNamedPopath(string help) =>
        help.Replace($"\n  {RootCommand.ExecutableName} ", "\n  popath ", StringComparison.Ordinal);
}
