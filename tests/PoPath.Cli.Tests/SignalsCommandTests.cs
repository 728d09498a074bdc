using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary><c>popath signals &lt;history&gt;</c>: approved table and Markdown, the JSON names of DESIGN §7, and the usage and input errors.</summary>
public sealed class SignalsCommandTests
{
    private static readonly string History = Paths.Fixture("signals-history.json");

    [Fact]
    public async Task Signals_of_the_fixture_history_as_a_table_match_the_approved_output()
    {
        var run = await CliRunner.RunAsync("signals", History, "--po", "Pat PO");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("Product owner: Pat PO (set, not inferred)");
        run.Out.ShouldContain("── Finding: decision-room");
        ApprovedFile.Verify("signals-fixture.table", run.Out.Replace(History, "signals-history.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signals_of_the_fixture_history_as_markdown_match_the_approved_output()
    {
        var run = await CliRunner.RunAsync("signals", History, "--po", "Pat PO", "--output", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("| random\\_demand | ▅▅ | Sprint 8 | 0.50 | watch |");
        ApprovedFile.Verify("signals-fixture.markdown", run.Out.Replace(History, "signals-history.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_has_the_design_7_names_per_signal_value_and_finding()
    {
        var run = await CliRunner.RunAsync("signals", History, "-o", "json");
        run.ExitCode.ShouldBe(0, run.ToString());
        var root = JsonDocument.Parse(run.Out).RootElement;

        var po = root.GetProperty("product_owner");
        (po.GetProperty("name").GetString(), po.GetProperty("inferred").GetBoolean()).ShouldBe(("Sam Sales", true));
        root.GetProperty("period_kind").GetString().ShouldBe("sprint");
        var signals = root.GetProperty("signals").EnumerateArray().ToList();
        signals.Select(s => s.GetProperty("id").GetString()).ShouldBe(["random_demand", "order_overrides", "wait_transparency", "review_learning", "outcome_talk", "decision_quality"]);

        var demand = signals[0].GetProperty("values").EnumerateArray().ToList();
        demand.Select(v => v.GetProperty("period").GetString()).ShouldBe(["Sprint 7", "Sprint 8"]);
        var s7 = demand[0];
        s7.GetProperty("value").GetDouble().ShouldBe(0.5);
        s7.GetProperty("band").GetString().ShouldBe("watch");
        s7.GetProperty("start").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero));
        s7.GetProperty("end").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2024, 3, 18, 9, 0, 0, TimeSpan.Zero));
        var added = s7.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "event");
        (added.GetProperty("item").GetString(), added.GetProperty("event").GetString(), added.GetProperty("actor").GetString()).ShouldBe(("ACME-2", "added_to_sprint", "Sam Sales"));

        var review = signals[3].GetProperty("values").EnumerateArray().ToList();
        review[1].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null, "the history ends inside Sprint 8's review window");
        review[1].GetProperty("band").GetString().ShouldBe("none");

        root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ShouldBeEmpty("Sam Sales ranks most, so is inferred as the product owner");
        var set = JsonDocument.Parse((await CliRunner.RunAsync("signals", History, "-o", "json", "--po", "Pat PO")).Out).RootElement;
        var finding = set.GetProperty("findings").EnumerateArray().ShouldHaveSingleItem();
        finding.GetProperty("kind").GetString().ShouldBe("decision-room");
        finding.GetProperty("message").GetString()!.ShouldContain("No course for the product owner repairs that.");
        finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldContain("event");
    }

    [Fact]
    public async Task Since_and_period_choose_the_periods()
    {
        var since = JsonDocument.Parse((await CliRunner.RunAsync("signals", History, "-o", "json", "--since", "2024-03-20")).Out).RootElement;
        since.GetProperty("signals")[0].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("period").GetString()).ShouldBe(["Sprint 8"]);

        var months = JsonDocument.Parse((await CliRunner.RunAsync("signals", History, "-o", "json", "--period", "month")).Out).RootElement;
        months.GetProperty("period_kind").GetString().ShouldBe("month");
        months.GetProperty("signals")[0].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("period").GetString()).ShouldBe(["2024-02", "2024-03"]);
    }

    [Theory]
    [InlineData(2, "popath: signals needs a history file or folder, or --workspace W.", "signals")]
    [InlineData(2, "--since expects a date (yyyy-MM-dd) or an ISO 8601 time, got 'yesterday'.", "signals", "x.json", "--since", "yesterday")]
    [InlineData(2, "--top expects a whole number from 1 to 10000, got '0'.", "signals", "x.json", "--top", "0")]
    [InlineData(2, "popath: give either a history file or --workspace, not both.", "signals", "x.json", "--workspace", "w")]
    [InlineData(3, "file or folder not found", "signals", "no-such-history.json")]
    public async Task Bad_arguments_and_inputs_give_one_clear_error_and_their_exit_code(int code, string message, params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        run.ExitCode.ShouldBe(code, run.ToString());
        run.Error.ShouldContain(message);
        run.Out.ShouldBeEmpty();
    }
}
