using PoPath.Core.Advisor;
using PoPath.Core.Storage;
using PoPath.Storage.Tests.Support;
using PoPath.Testing;

namespace PoPath.Storage.Tests;

/// <summary>The storage contract for saved profiles and routes (schema version 3), run on every provider.</summary>
public abstract class AdviceStoreContract
{
    protected abstract StoreTarget Target { get; }

    private static string NewWorkspace() => "adv-" + Guid.NewGuid().ToString("N")[..8];

    private static Profile Profile(params string[] certifications) =>
        new("product owner \"ünïcode\"", 1.5, ScrumKnowledge.Basics, LearningPreference.Assessment, 2, false, [], certifications, ["feedback-clustering"],
            new ProfileAccess(false, true, null), true);

    private static async Task<string> WorkspaceWithSnapshotAsync(BacklogStore store)
    {
        var ws = NewWorkspace();
        var (backlog, run) = Backlogs.Of(Some.Item(id: "A", rank: 1));
        await store.ImportAsync(ws, backlog, run);
        return ws;
    }

    [StoreFact]
    public async Task A_saved_profile_and_route_read_back_as_given()
    {
        await using var store = await BacklogStore.OpenAsync(Target);
        var ws = await WorkspaceWithSnapshotAsync(store);
        var profile = Profile();
        var advice = RouteAdvisor.Default.Advise(new AdviceInput(profile));

        var saved = await store.SaveAdviceAsync(ws, profile, advice, snapshot: 1);
        var back = (await store.LatestAdviceAsync(ws)).ShouldNotBeNull();

        saved.Number.ShouldBe(1);
        back.Number.ShouldBe(1);
        back.Snapshot.ShouldBe(1);
        ProfileWriter.ToJson(back.Profile).ShouldBe(ProfileWriter.ToJson(profile));
        back.Route.Select(s => s.Id).ShouldBe(advice.Route.Select(s => s.Id));
        back.Route.Select(s => s.Position).ShouldBe(Enumerable.Range(1, advice.Route.Count));
        back.Route[0].Why.ShouldBe(advice.Route[0].Why);
        back.Route[0].WillNotFix.ShouldBe(advice.Route[0].WillNotFix);
        back.NotNow.ShouldBe(advice.NotNow);
        back.Organisation.Select(o => (o.Kind, o.Message)).ShouldBe(advice.Organisation.Select(o => (o.Kind, o.Message)));
        back.Organisation.SelectMany(o => o.Evidence).ShouldBe(advice.Organisation.SelectMany(o => o.Evidence));
    }

    [StoreFact]
    public async Task Saves_are_numbered_per_workspace_and_earlier_ones_are_kept()
    {
        await using var store = await BacklogStore.OpenAsync(Target);
        var ws = await WorkspaceWithSnapshotAsync(store);
        var other = await WorkspaceWithSnapshotAsync(store);
        var first = Profile();
        var second = Profile("pspo-1");

        await store.SaveAdviceAsync(ws, first, RouteAdvisor.Default.Advise(new AdviceInput(first)), null);
        await store.SaveAdviceAsync(other, first, RouteAdvisor.Default.Advise(new AdviceInput(first)), null);
        (await store.SaveAdviceAsync(ws, second, RouteAdvisor.Default.Advise(new AdviceInput(second)), null)).Number.ShouldBe(2);

        var all = await store.ListAdviceAsync(ws);
        all.Select(a => a.Number).ShouldBe([1, 2]);
        all[0].Profile.Certifications.ShouldBeEmpty();
        all[1].Profile.Certifications.ShouldBe(["pspo-1"]);
        all[1].Snapshot.ShouldBeNull();
        (await store.ListAdviceAsync(other)).Count.ShouldBe(1);
    }

    [StoreFact]
    public async Task A_workspace_without_saved_advice_has_none_and_an_unknown_one_is_a_store_error()
    {
        await using var store = await BacklogStore.OpenAsync(Target);
        var ws = await WorkspaceWithSnapshotAsync(store);
        (await store.LatestAdviceAsync(ws)).ShouldBeNull();
        (await store.ListAdviceAsync(ws)).ShouldBeEmpty();

        var e = await Should.ThrowAsync<StoreException>(() => store.SaveAdviceAsync("no-such-" + ws, Profile(), RouteAdvisor.Default.Advise(new AdviceInput(Profile())), null));
        e.Error.ShouldBe(StoreError.UnknownWorkspace);
        (await Should.ThrowAsync<StoreException>(() => store.LatestAdviceAsync("no-such-" + ws))).Error.ShouldBe(StoreError.UnknownWorkspace);
    }

    [StoreFact]
    public async Task Concurrent_saves_into_one_workspace_all_land_with_distinct_numbers()
    {
        await using var store = await BacklogStore.OpenAsync(Target);
        var ws = await WorkspaceWithSnapshotAsync(store);
        var p = Profile();
        var advice = RouteAdvisor.Default.Advise(new AdviceInput(p));

        var saved = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.SaveAdviceAsync(ws, p, advice, null))));

        saved.Select(s => s.Number).Order().ShouldBe([1, 2, 3, 4]);
        (await store.ListAdviceAsync(ws)).Count.ShouldBe(4);
    }
}

/// <summary>Saved advice on a SQLite file.</summary>
public sealed class SqliteAdviceStoreTests(TempFolder folder) : AdviceStoreContract, IClassFixture<TempFolder>
{
    protected override StoreTarget Target { get; } = new(StoreProvider.Sqlite, folder.File("advice.db"));
}

/// <summary>Saved advice on PostgreSQL (<c>POPATH_TEST_PG</c>).</summary>
[RequiresPostgres]
public sealed class PostgresAdviceStoreTests(PostgresDatabase database) : AdviceStoreContract, IClassFixture<PostgresDatabase>
{
    protected override StoreTarget Target => new(StoreProvider.PostgreSql, database.ConnectionString);
}
