using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary><c>check --output sarif</c>: SARIF 2.1.0 with one rule per element and one result per weak or missing element.</summary>
public sealed class SarifTests
{
    public static TheoryData<string> Inputs => new() { "contract-backlog.csv", "sample" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Sarif_is_version_2_1_0_with_one_rule_per_element(string input)
    {
        using var sarif = await SarifAsync(Paths.Input(input));

        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(CheckJson.Elements);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Sarif_has_one_result_per_weak_or_missing_element_warning_for_missing_and_note_for_weak(string input)
    {
        using var json = await CheckJson.RunAsync(Paths.Input(input));
        using var sarif = await SarifAsync(Paths.Input(input));

        var expected = json.Items()
            .SelectMany(i => CheckJson.Elements.Select(e => (Item: i.GetProperty("id").GetString()!, Element: e, Status: i.Element(e).GetProperty("status").GetString()!)))
            .Where(v => v.Status != "present")
            .Select(v => (v.Item, v.Element, Level: v.Status == "missing" ? "warning" : "note"))
            .ToList();
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (Item: r.GetProperty("properties").GetProperty("item").GetString()!, Element: r.GetProperty("ruleId").GetString()!, Level: r.GetProperty("level").GetString()!))
            .ToList();

        results.Count.ShouldBe(expected.Count);
        results.ShouldBe(expected, ignoreOrder: true);
        results.ShouldContain(r => r.Level == "warning");
        results.ShouldContain(r => r.Level == "note");
    }

    [Fact]
    public async Task Every_sarif_result_has_a_message_and_points_at_the_input_file()
    {
        using var sarif = await SarifAsync(Paths.Sample);

        var run = sarif.RootElement.GetProperty("runs")[0];
        var artifact = run.GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString()!;
        artifact.ShouldEndWith("/checkout-backlog.csv");
        foreach (var r in run.GetProperty("results").EnumerateArray())
        {
            r.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe(artifact);
        }
    }

    private static async Task<JsonDocument> SarifAsync(string path)
    {
        var run = await CliRunner.RunAsync("check", path, "--output", "sarif");
        run.ExitCode.ShouldBe(0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
