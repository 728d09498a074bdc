using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests.Advise;

/// <summary><c>advise --signals FILE</c>: readings from <c>popath signals --output json</c> fill the manager's checklist and back the findings.</summary>
public sealed class AdviseSignalsTests
{
    private const string Signals = """
        {"signals": [
          {"id": "order_overrides", "values": [
            {"period": "Sprint 11", "start": "2026-10-01", "end": "2026-10-14", "value": 0.2, "band": "watch", "evidence": []},
            {"period": "Sprint 12", "start": "2026-10-15", "end": "2026-10-28", "value": 0.65, "band": "concern", "evidence": []}]},
          {"id": "outcome_talk", "values": [{"period": "Sprint 12", "value": 0.1, "band": "concern", "evidence": []}]},
          {"id": "review_learning", "values": []}
        ], "findings": []}
        """;

    [Fact]
    public async Task The_latest_reading_per_signal_fills_the_checklist_and_an_override_concern_is_a_decision_room_finding()
    {
        using var temp = new TempFolder();
        var file = temp.Write("signals.json", Signals);

        var run = await CliRunner.RunAsync("advise", "--profile", Paths.Fixture("profile-cspo-holder.json"), "--signals", file, "--for", "manager", "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var checklist = doc.RootElement.GetProperty("manager").GetProperty("checklist").EnumerateArray().ToDictionary(r => r.GetProperty("signal").GetString()!);
        checklist["order_overrides"].GetProperty("value").GetDouble().ShouldBe(0.65);
        checklist["order_overrides"].GetProperty("band").GetString().ShouldBe("concern");
        checklist["order_overrides"].GetProperty("period").GetString().ShouldBe("Sprint 12");
        checklist["review_learning"].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        var finding = doc.RootElement.GetProperty("organisation").EnumerateArray().Single(o => o.GetProperty("kind").GetString() == "decision-room");
        finding.GetProperty("evidence")[0].GetProperty("ref").GetString().ShouldBe("order_overrides/Sprint 12");
    }

    [Fact]
    public async Task A_bad_signals_file_is_an_input_error_naming_the_json_path()
    {
        using var temp = new TempFolder();
        var file = temp.Write("signals.json", """{"signals": [{"id": "order_overrides", "values": [{"period": "S1", "value": 0.5, "band": "red"}]}]}""");

        var run = await CliRunner.RunAsync("advise", "--profile", Paths.Fixture("profile-cspo-holder.json"), "--signals", file);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("$.signals[0].values[0].band: expected healthy, watch, concern or none, got 'red'");
    }
}
