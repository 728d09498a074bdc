using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary><c>popath demo</c> runs the practical test on the sample backlog shipped inside the CLI.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_prints_the_table_of_the_sample_and_exits_0()
    {
        var demo = await CliRunner.RunAsync("demo");
        var check = await CliRunner.RunAsync("check", Paths.Sample);

        demo.ExitCode.ShouldBe(0, demo.ToString());
        demo.Error.ShouldBeEmpty();
        demo.Out.ShouldStartWith("── The practical test — checkout-backlog.csv ");
        demo.Out.ShouldBe(check.Out, "demo shows what check shows for samples/checkout-backlog.csv");
    }

    [Fact]
    public async Task Demo_as_json_lists_every_item_of_the_sample()
    {
        var run = await CliRunner.RunAsync("demo", "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        doc.Items().Select(i => i.GetProperty("id").GetString()).ShouldBe(Enumerable.Range(101, 10).Select(n => $"SHOP-{n}"));
    }

    [Fact]
    public async Task Demo_has_help()
    {
        var run = await CliRunner.RunAsync("demo", "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("--output");
    }
}
