using PoPath.Core.History;
using PoPath.Core.Model;
using PoPath.Core.Storage;
using PoPath.Storage.Tests.Support;
using PoPath.Testing;

namespace PoPath.Storage.Tests;

/// <summary>The storage contract: every provider must pass these (DESIGN §8: an import lands whole or not at all; earlier snapshots are never touched).</summary>
public abstract partial class StoreContract
{
    protected abstract StoreTarget Target { get; }

    protected Task<BacklogStore> OpenAsync() => BacklogStore.OpenAsync(Target);

    private static string NewWorkspace() => "ws-" + Guid.NewGuid().ToString("N")[..8];

    [StoreFact]
    public async Task Import_twice_gives_two_snapshots_and_a_diff()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (first, firstRun) = Backlogs.Of(Some.Item(id: "A", rank: 1), Some.ReadyItem(id: "B", rank: 2));
        var (second, secondRun) = Backlogs.Of(Some.ReadyItem(id: "A", rank: 1), Some.Item(id: "C", rank: 2));

        (await store.ImportAsync(ws, first, firstRun)).Number.ShouldBe(1);
        (await store.ImportAsync(ws, second, secondRun)).Number.ShouldBe(2);

        var snapshots = await store.ListSnapshotsAsync(ws);
        snapshots.Select(s => s.Number).ShouldBe([1, 2]);
        snapshots.ShouldAllBe(s => s.ItemCount == 2 && s.Diagnostics.Count == 1);
        var diff = SnapshotDiff.Between(await store.LoadSnapshotAsync(ws, 1), await store.LoadSnapshotAsync(ws, 2));
        diff.Added.ShouldBe(["C"]);
        diff.Removed.ShouldBe(["B"]);
        var a = diff.Changes.ShouldHaveSingleItem();
        a.Id.ShouldBe("A");
        a.ScoreAfter.ShouldBeGreaterThan(a.ScoreBefore);
        a.Elements.ShouldContain(c => c.Element == Element.CustomerNeed && c.To == ElementStatus.Present);
    }

    [StoreFact]
    public async Task A_snapshot_reads_back_every_field_and_verdict()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var item = Some.ReadyItem(id: "R-9", rank: 4) with
        {
            Type = "Story",
            Status = "Open",
            Priority = "High",
            DueDate = new DateOnly(2026, 12, 24),
            Links = new List<ItemLink> { new("blocks", "R-10") },
            Labels = new List<string> { "checkout", "ünïcode ✓" },
            StoryPoints = 5.5,
            Wsjf = new WsjfInputs(8, 5, null, 3),
            Sprints = new List<string> { "Sprint 7" },
            Created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            Updated = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero),
            Reporter = "ana",
            Assignee = "ben",
            Source = new SourceLocation("test.csv", 7, null, "$.items[0]"),
        };
        var (backlog, run) = Backlogs.Of(item);
        await store.ImportAsync(ws, backlog, run);

        var stored = await store.LoadSnapshotAsync(ws);
        var back = stored.Items.ShouldHaveSingleItem();
        // Compared as JSON: list types differ (arrays in, lists out) while every value must match.
        System.Text.Json.JsonSerializer.Serialize(back).ShouldBe(System.Text.Json.JsonSerializer.Serialize(item));
        var result = stored.Results.ShouldHaveSingleItem();
        var expected = run.Items.Single();
        result.Score.ShouldBe(expected.Score);
        result.Questions.ShouldBe(expected.Questions);
        result.Findings.Select(f => f.Rule).ShouldBe(expected.Findings.Select(f => f.Rule));
        foreach (var e in ElementNames.All)
        {
            result.Of(e).Status.ShouldBe(expected.Of(e).Status);
            result.Of(e).Evidence.ShouldBe(expected.Of(e).Evidence);
        }

        stored.Info.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("a warning kept with the snapshot");
    }

    [StoreFact]
    public async Task History_lands_with_its_snapshot_and_reads_back()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (backlog, run) = Backlogs.Numbered(3);
        var sprint = new Sprint { Id = "42", Name = "Sprint 7", Start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)), State = SprintState.Closed, Goal = "Pay faster" };
        var events = new List<ItemEvent>
        {
            new() { ItemId = "N-1", Kind = ItemEventKind.StatusChanged, At = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), Actor = "ana", From = "Open", To = "Done", ChangeId = "c1" },
            new() { ItemId = "N-2", Kind = ItemEventKind.RankMoved, At = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(-5)), Direction = RankDirection.Up },
            new() { ItemId = "N-2", Kind = ItemEventKind.AddedToSprint, At = new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero), SprintId = "42", Source = new SourceLocation("h.json", null, null, "$.issues[1]") },
        };
        var history = new BacklogHistory("h.json", "jira-json", backlog.Items, [sprint], events, []);

        var info = await store.ImportAsync(ws, history, run);
        info.Sprints.ShouldBe(1);
        info.Events.ShouldBe(3);

        var stored = await store.LoadHistoryAsync(ws);
        stored.Sprints.ShouldHaveSingleItem().ShouldBe(sprint);
        stored.Events.ShouldBe(events);
        (await store.LoadSnapshotAsync(ws)).Items.Count.ShouldBe(3);
    }

    [StoreFact]
    public async Task A_streamed_history_lands_like_a_whole_one_with_events_read_back_by_time()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (backlog, run) = Backlogs.Numbered(4);
        var sprint = new Sprint { Id = "7", Name = "Sprint 7", Start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), State = SprintState.Active };
        var later = new ItemEvent { ItemId = "N-1", Kind = ItemEventKind.StatusChanged, At = new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), Actor = "ana", From = "Open", To = "Done" };
        var earlier = new ItemEvent { ItemId = "N-2", Kind = ItemEventKind.AddedToSprint, At = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), SprintId = "7", Actor = "sam" };

        var info = await store.ImportStreamingAsync(ws, "stream.json", async sink =>
        {
            await sink(later);
            await sink(earlier);
            return new BacklogHistory("stream.json", "jira-json", backlog.Items, [sprint], [], []);
        }, items => Core.Readiness.ReadinessEngine.Default.Run(items));

        (info.Number, info.ItemCount, info.Sprints, info.Events, info.Format).ShouldBe((1, 4, 1, 2, "jira-json"));
        (await store.ListSnapshotsAsync(ws)).ShouldHaveSingleItem().Events.ShouldBe(2);
        var stored = await store.LoadHistoryAsync(ws);
        stored.Events.ShouldBe([earlier, later]);
        stored.Sprints.ShouldHaveSingleItem().ShouldBe(sprint);
        (await store.LoadSnapshotAsync(ws)).Items.Select(i => i.Id).ShouldBe(backlog.Items.Select(i => i.Id));
        _ = run;
    }

    [StoreFact]
    public async Task A_streamed_history_that_fails_after_its_events_were_written_leaves_nothing()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (good, run) = Backlogs.Numbered(3);
        await store.ImportAsync(ws, good, run);
        var e = new ItemEvent { ItemId = "N-1", Kind = ItemEventKind.Commented, At = DateTimeOffset.UnixEpoch };

        var failed = await Should.ThrowAsync<StoreException>(() => store.ImportStreamingAsync(ws, "bad.json", async sink =>
        {
            for (var n = 0; n < 2500; n++)
            {
                await sink(e);
            }

            return new BacklogHistory("bad.json", "jira-json", [], [], [], [Core.Import.ImportDiagnostic.Error(new SourceLocation("bad.json", 9, null, "$.issues[9]"), "truncated")]);
        }, items => Core.Readiness.ReadinessEngine.Default.Run(items)));
        failed.Error.ShouldBe(StoreError.FailedImport);

        await Should.ThrowAsync<InvalidOperationException>(() => store.ImportStreamingAsync(ws, "throws.json", async sink =>
        {
            await sink(e);
            throw new InvalidOperationException("reader bug");
        }, items => Core.Readiness.ReadinessEngine.Default.Run(items)));

        (await store.ListSnapshotsAsync(ws)).ShouldHaveSingleItem().Events.ShouldBe(0);
        (await store.LoadHistoryAsync(ws)).Events.ShouldBeEmpty();
        (await store.ImportAsync(ws, good, run)).Number.ShouldBe(2);
    }

    [StoreFact]
    public async Task A_failed_load_writes_nothing_and_leaves_the_previous_snapshot()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (good, run) = Backlogs.Numbered(5);
        await store.ImportAsync(ws, good, run);

        var e = await Should.ThrowAsync<StoreException>(() => store.ImportAsync(ws, Backlogs.Failed(), run));
        e.Error.ShouldBe(StoreError.FailedImport);
        var snapshot = (await store.ListSnapshotsAsync(ws)).ShouldHaveSingleItem();
        snapshot.ItemCount.ShouldBe(5);
        (await store.LoadSnapshotAsync(ws)).Items.Count.ShouldBe(5);
    }

    [StoreFact]
    public async Task An_import_that_fails_midway_rolls_back_whole()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (good, run) = Backlogs.Numbered(5);
        await store.ImportAsync(ws, good, run);

        // Cancelled after the snapshot row and some item rows are written: the transaction must take them all back.
        var (big, bigRun) = Backlogs.Numbered(5000, "B");
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(rows => { if (rows > 2000) { cts.Cancel(); } });
        await Should.ThrowAsync<OperationCanceledException>(() => store.ImportAsync(ws, big, bigRun, progress, cts.Token));

        var snapshots = await store.ListSnapshotsAsync(ws);
        snapshots.ShouldHaveSingleItem().ItemCount.ShouldBe(5);
        (await store.ImportAsync(ws, good, run)).Number.ShouldBe(2);
    }

    [StoreFact]
    public async Task Concurrent_imports_into_different_workspaces_all_land()
    {
        await using var store = await OpenAsync();
        var names = Enumerable.Range(0, 4).Select(_ => NewWorkspace()).ToList();
        var (backlog, run) = Backlogs.Numbered(500);

        await Task.WhenAll(names.Select(n => Task.Run(async () =>
        {
            await store.ImportAsync(n, backlog, run);
            await store.ImportAsync(n, backlog, run);
        })));

        var all = await store.ListWorkspacesAsync();
        foreach (var n in names)
        {
            var w = all.Single(x => x.Name == n);
            w.Snapshots.ShouldBe(2);
            w.Latest!.Number.ShouldBe(2);
            (await store.LoadSnapshotAsync(n, 1)).Items.Count.ShouldBe(500);
        }
    }

    [StoreFact]
    public async Task A_reader_during_a_write_sees_only_whole_snapshots()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (small, smallRun) = Backlogs.Numbered(10);
        await store.ImportAsync(ws, small, smallRun);
        var (big, bigRun) = Backlogs.Numbered(20_000, "B");

        var write = Task.Run(() => store.ImportAsync(ws, big, bigRun));
        var seen = new List<(int Snapshots, int Items)>();
        while (!write.IsCompleted)
        {
            var snapshots = await store.ListSnapshotsAsync(ws);
            var latest = await store.LoadSnapshotAsync(ws, snapshots[^1].Number);
            latest.Items.Count.ShouldBe(latest.Info.ItemCount);
            seen.Add((snapshots.Count, latest.Items.Count));
        }

        await write;
        seen.ShouldNotBeEmpty();
        seen.ShouldAllBe(s => (s.Snapshots == 1 && s.Items == 10) || (s.Snapshots == 2 && s.Items == 20_000));
        (await store.LoadSnapshotAsync(ws)).Items.Count.ShouldBe(20_000);
    }

    [StoreFact]
    public async Task Unknown_workspace_and_snapshot_are_store_errors()
    {
        await using var store = await OpenAsync();
        (await Should.ThrowAsync<StoreException>(() => store.ListSnapshotsAsync("no-such-workspace"))).Error.ShouldBe(StoreError.UnknownWorkspace);
        var ws = NewWorkspace();
        var (b, r) = Backlogs.Numbered(1);
        await store.ImportAsync(ws, b, r);
        var e = await Should.ThrowAsync<StoreException>(() => store.LoadSnapshotAsync(ws, 9));
        e.Error.ShouldBe(StoreError.UnknownSnapshot);
        e.Message.ShouldContain("no snapshot 9");
    }

    [StoreFact]
    public async Task Overview_gives_the_latest_gap_profile_of_the_top_items()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var (b, r) = Backlogs.Numbered(60);
        await store.ImportAsync(ws, b, r);

        var overview = await store.OverviewAsync(ws, top: 20);
        overview.Latest.Number.ShouldBe(1);
        overview.Gaps.ItemsConsidered.ShouldBe(20);
        var expected = GapProfile.From(r.Items, 20);
        overview.Gaps.Elements.ShouldBe(expected.Elements);
        overview.Weakest.Count.ShouldBe(10);
        overview.Weakest.Select(w => w.Score).ShouldBeInOrder();
    }

    [StoreFact]
    public async Task Opening_again_is_at_the_current_schema_and_migrates_nothing()
    {
        await using var store = await OpenAsync();
        (await store.MigrateAsync()).ShouldBeEmpty();
        (await store.SchemaVersionAsync()).ShouldBe(Schema.SchemaMigrator.CurrentVersion);
    }

    [StoreFact]
    public async Task Product_owner_setting_is_kept_per_workspace_overwritten_and_cleared()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var other = NewWorkspace();
        var (b, r) = Backlogs.Numbered(1);
        await store.ImportAsync(ws, b, r);
        await store.ImportAsync(other, b, r);

        (await store.GetProductOwnerAsync(ws)).ShouldBeNull();
        await store.SetProductOwnerAsync(ws, "  Pat Product Owner ");
        (await store.GetProductOwnerAsync(ws)).ShouldBe("Pat Product Owner");
        (await store.GetProductOwnerAsync(other)).ShouldBeNull();

        await store.SetProductOwnerAsync(ws, "Kim O'Brien; DROP TABLE workspaces");
        (await store.GetProductOwnerAsync(ws)).ShouldBe("Kim O'Brien; DROP TABLE workspaces");
        (await store.ListWorkspacesAsync()).Select(w => w.Name).ShouldContain(other);

        await store.SetProductOwnerAsync(ws, null);
        (await store.GetProductOwnerAsync(ws)).ShouldBeNull();
        await store.SetProductOwnerAsync(ws, null); // clearing twice is fine
    }

    [StoreFact]
    public async Task Product_owner_setting_refuses_unknown_workspaces_and_bad_names()
    {
        await using var store = await OpenAsync();
        (await Should.ThrowAsync<StoreException>(() => store.SetProductOwnerAsync("no-such-workspace", "Pat"))).Error.ShouldBe(StoreError.UnknownWorkspace);
        (await Should.ThrowAsync<StoreException>(() => store.GetProductOwnerAsync("no-such-workspace"))).Error.ShouldBe(StoreError.UnknownWorkspace);
        var ws = NewWorkspace();
        var (b, r) = Backlogs.Numbered(1);
        await store.ImportAsync(ws, b, r);
        await Should.ThrowAsync<ArgumentException>(() => store.SetProductOwnerAsync(ws, "   "));
        await Should.ThrowAsync<ArgumentException>(() => store.SetProductOwnerAsync(ws, new string('x', IBacklogStore.MaxSettingLength + 1)));
        await Should.ThrowAsync<ArgumentException>(() => store.SetProductOwnerAsync(ws, "Pat\nPO"));
        (await store.GetProductOwnerAsync(ws)).ShouldBeNull();
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
