using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PoPath.Web.Tests.Support;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests;

/// <summary>The manager's view: signals over a stored history for owners and managers, not for viewers or other workspaces.</summary>
public sealed class SignalsPageTests
{
    private const string LinearHistory = """
        ID,Team,Title,Description,Status,Estimate,Priority,Project,Creator,Assignee,Labels,Cycle Number,Cycle Name,Cycle Start,Cycle End,Created,Updated,Started,Completed,Canceled,Archived
        ENG-1,Engineering,Save carts,"So buyers come back.",Done,3,High,Shop,Pat,Dev,"feature, web",7,Cycle 7,2024-03-04T00:00:00.000Z,2024-03-18T00:00:00.000Z,2024-03-01T10:00:00.000Z,2024-03-10T10:00:00.000Z,,2024-03-09T10:00:00.000Z,,
        ENG-2,Engineering,<script>x()</script>,,Canceled,,No priority,,Sam,,,,,,,2024-03-02T10:00:00.000Z,,,,2024-03-05T10:00:00.000Z,
        """;

    [Fact]
    public async Task A_manager_sees_every_signal_with_a_chart_and_a_viewer_or_outsider_does_not()
    {
        await using var app = new TestApp();
        var owner = await app.UserAsync("po@example.com");
        var manager = await app.UserAsync("boss@example.com");
        var viewer = await app.UserAsync("viewer@example.com");
        var outsider = await app.UserAsync("out@example.com");
        var shop = await app.WorkspaceAsync("shop", owner);
        await app.WorkspaceAsync("elsewhere", outsider);
        await app.MemberAsync(shop, manager, "manager");
        await app.MemberAsync(shop, viewer, "viewer");
        await ImportHistoryAsync(app, shop);

        using var boss = await app.SignedInAsync("boss@example.com");
        var response = await boss.GetAsync("/w/shop/signals");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var id in new[] { "random_demand", "order_overrides", "wait_transparency", "review_learning", "outcome_talk", "decision_quality" })
        {
            html.ShouldContain($"<h2>{id}</h2>");
        }

        html.ShouldContain("<svg role=\"img\"");
        html.ShouldContain("Organisational findings");
        html.ShouldNotContain("<script>x()</script>");

        using var reader = await app.SignedInAsync("viewer@example.com");
        (await reader.GetAsync("/w/shop/signals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var other = await app.SignedInAsync("out@example.com");
        (await other.GetAsync("/w/shop/signals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_snapshot_without_history_says_what_to_import()
    {
        await using var app = new TestApp();
        var owner = await app.UserAsync("po@example.com");
        await app.WorkspaceAsync("shop", owner);
        using var client = await app.SignedInAsync("po@example.com");
        (await client.GetStringAsync("/w/shop/signals")).ShouldContain("has no history");
    }

    private static async Task ImportHistoryAsync(TestApp app, WorkspaceRef shop)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var import = (ImportService)scope.ServiceProvider.GetService(typeof(ImportService))!;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(LinearHistory));
        var outcome = await import.ImportAsync(shop, stream, "linear.csv", "auto", withHistory: true);
        outcome.Succeeded.ShouldBeTrue(outcome.Error + string.Join("\n", outcome.Diagnostics));
        outcome.Snapshot!.Events.ShouldBeGreaterThan(0);
    }
}
