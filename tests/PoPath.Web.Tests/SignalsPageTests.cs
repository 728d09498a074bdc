using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PoPath.Core.Readiness;
using PoPath.Web.Hosting;
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

    [Fact]
    public async Task The_signals_are_computed_once_per_snapshot_and_a_new_import_of_any_kind_is_seen_on_the_next_view()
    {
        await using var app = new TestApp();
        var owner = await app.UserAsync("po@example.com");
        var shop = await app.WorkspaceAsync("shop", owner);
        var other = await app.WorkspaceAsync("other", owner);
        await ImportHistoryAsync(app, shop);
        await ImportHistoryAsync(app, other);
        var cache = app.Services.GetRequiredService<SignalsCache>();

        var first = await ViewAsync(app, shop);
        first.Snapshot.Number.ShouldBe(2);
        first.Result.ShouldNotBeNull();
        (await ViewAsync(app, shop)).ShouldBeSameAs(first, "a second view of the same snapshot is the cached one");
        var elsewhere = await ViewAsync(app, other);
        cache.Count.ShouldBe(2);

        // A new history through the web app: the workspace's entries go, the other workspace's stay.
        await ImportHistoryAsync(app, shop, LinearHistory + "\nENG-3,Engineering,Ship the saved-cards page,,Done,2,High,Shop,Pat,Dev,web,7,Cycle 7,2024-03-04T00:00:00.000Z,2024-03-18T00:00:00.000Z,2024-03-03T10:00:00.000Z,2024-03-12T10:00:00.000Z,,2024-03-12T10:00:00.000Z,,");
        cache.Count.ShouldBe(1);
        (await ViewAsync(app, other)).ShouldBeSameAs(elsewhere);
        var second = await ViewAsync(app, shop);
        second.Snapshot.Number.ShouldBe(3);
        second.Snapshot.ItemCount.ShouldBe(3);
        second.ShouldNotBeSameAs(first);

        // An import that bypasses the web app (as the CLI writes to the same database) is seen too: "latest" is a new snapshot.
        var store = await app.Services.GetRequiredService<StoreHolder>().GetAsync();
        var items = new[] { PoPath.Testing.Some.Item(id: "X-1") };
        await store.ImportAsync(shop.Name, new PoPath.Core.Import.Backlog("cli.csv", "csv", items, []), ReadinessEngine.Default.Run(items));
        var third = await ViewAsync(app, shop);
        third.Snapshot.Number.ShouldBe(4);
        third.Result.ShouldBeNull();
        third.Message.ShouldNotBeNull().ShouldContain("has no history");

        // Earlier snapshots stay reachable by number.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<SignalsService>().ForAsync(shop, 3);
            again.ShouldNotBeNull().ShouldBeSameAs(second);
            (await scope.ServiceProvider.GetRequiredService<SignalsService>().ForAsync(shop, 99)).ShouldBeNull();
        }

        // Setting the product owner (as `popath workspaces set --product-owner` does, outside the web app) is seen on the next view.
        await ImportHistoryAsync(app, shop);
        var before = await ViewAsync(app, shop);
        before.Result.ShouldNotBeNull().ProductOwner.Name.ShouldNotBe("Sam");
        await store.SetProductOwnerAsync(shop.Name, "Sam");
        var named = await ViewAsync(app, shop);
        named.ShouldNotBeSameAs(before);
        named.Result.ShouldNotBeNull().ProductOwner.ShouldBe(new PoPath.Core.Signals.ProductOwner("Sam", false, named.Result.ProductOwner.Basis));
        (await ViewAsync(app, shop)).ShouldBeSameAs(named);
        await store.SetProductOwnerAsync(shop.Name, null);
        (await ViewAsync(app, shop)).Result.ShouldNotBeNull().ProductOwner.ShouldBe(before.Result.ProductOwner, "forgetting it infers again");
    }

    [Fact]
    public void The_signals_cache_keeps_at_most_its_capacity_dropping_the_least_recently_used()
    {
        var cache = new SignalsCache(2);
        var info = new PoPath.Core.Storage.SnapshotInfo("w", 1, "s.csv", "csv", DateTimeOffset.UnixEpoch, 1, [], 0, 0, 0);
        SignalsService.View V(int n) => new(info with { Number = n }, null, $"view {n}");
        cache.Put(1, 10, V(1));
        cache.Put(1, 11, V(2));
        cache.TryGet(1, 10, out _).ShouldBeTrue(); // 10 is now the most recently used
        cache.Put(2, 20, V(3));
        cache.Count.ShouldBe(2);
        cache.TryGet(1, 11, out _).ShouldBeFalse("the least recently used entry went first");
        cache.TryGet(1, 10, out var kept).ShouldBeTrue();
        kept.Message.ShouldBe("view 1");
        cache.Invalidate(1);
        cache.TryGet(1, 10, out _).ShouldBeFalse();
        cache.TryGet(2, 20, out _).ShouldBeTrue();
        Should.Throw<ArgumentOutOfRangeException>(() => new SignalsCache(0));
    }

    private static async Task<SignalsService.View> ViewAsync(TestApp app, WorkspaceRef workspace)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SignalsService>().ForAsync(workspace, null)).ShouldNotBeNull();
    }

    private static async Task ImportHistoryAsync(TestApp app, WorkspaceRef shop, string csv = LinearHistory)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var import = (ImportService)scope.ServiceProvider.GetService(typeof(ImportService))!;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var outcome = await import.ImportAsync(shop, stream, "linear.csv", "auto", withHistory: true);
        outcome.Succeeded.ShouldBeTrue(outcome.Error + string.Join("\n", outcome.Diagnostics));
        outcome.Snapshot!.Events.ShouldBeGreaterThan(0);
    }
}
