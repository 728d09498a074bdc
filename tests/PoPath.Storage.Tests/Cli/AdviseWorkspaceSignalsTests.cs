using System.Text.Json;
using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests.Cli;

/// <summary><c>popath advise --workspace W --for manager</c> reads the workspace's history: the checklist carries the signal values.</summary>
public sealed class AdviseWorkspaceSignalsTests(TempFolder folder) : IClassFixture<TempFolder>
{
    // Two rank changes by someone other than the product owner (set for the workspace): order_overrides is 1.0.
    private const string History = """
        {"issues": [
          {"id": "1", "key": "W-1", "fields": {"summary": "As a shopper I want saved carts so that I can finish later", "created": "2024-03-01T09:00:00.000+0000"},
           "changelog": {"startAt": 0, "maxResults": 2, "total": 2, "histories": [
             {"id": "11", "author": {"displayName": "Sam Sales"}, "created": "2024-03-05T09:00:00.000+0000", "items": [{"field": "Rank", "toString": "Ranked higher"}]},
             {"id": "12", "author": {"displayName": "Sam Sales"}, "created": "2024-03-06T09:00:00.000+0000", "items": [{"field": "Rank", "toString": "Ranked higher"}]}]}},
          {"id": "2", "key": "W-2", "fields": {"summary": "Export invoices", "created": "2024-03-01T09:00:00.000+0000"}}
        ]}
        """;

    private const string Profile = """
        role: product owner
        years_as_po: 2
        scrum_knowledge: solid
        learning_preference: either
        safe: false
        certifications: [cspo]
        """;

    [Fact]
    public async Task The_manager_checklist_is_filled_from_the_workspace_history()
    {
        var db = folder.File("advise.db");
        var history = folder.File("history.json");
        var profile = folder.File("profile.yaml");
        await File.WriteAllTextAsync(history, History);
        await File.WriteAllTextAsync(profile, Profile);
        (await Support.Cli.RunAsync("import", history, "--history", "--workspace", "team", "--db", db)).Code.ShouldBe(0);
        (await Support.Cli.RunAsync("workspaces", "set", "--workspace", "team", "--product-owner", "Pat PO", "--db", db)).Code.ShouldBe(0);

        var run = await Support.Cli.RunAsync("advise", "--profile", profile, "--workspace", "team", "--for", "manager", "--db", db, "-o", "json");

        run.Code.ShouldBe(0, run.Err);
        var manager = JsonDocument.Parse(run.Out).RootElement.GetProperty("manager");
        manager.GetProperty("signals_available").GetBoolean().ShouldBeTrue();
        var overrides = manager.GetProperty("checklist").EnumerateArray().Single(c => c.GetProperty("signal").GetString() == "order_overrides");
        overrides.GetProperty("value").GetDouble().ShouldBe(1.0);
    }
}
