using PoPath.Core.History;
using PoPath.Import.History;
using PoPath.Import.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Import.Tests.History;

/// <summary>Imports the real Jira REST samples in ../shared/data/backlogs/jira-rest-samples when they are there.</summary>
public sealed class JiraSharedDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DevLake_issue_EE_carried_through_ten_sprints_and_removed_from_the_last()
    {
        var folder = SharedData.Folder("backlogs/jira-rest-samples/devlake-e2e");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/jira-rest-samples/devlake-e2e is not there");
            return;
        }

        var history = await HistoryLoader.LoadAsync(folder);
        foreach (var d in history.Diagnostics.Take(10))
        {
            output.WriteLine(d.ToString());
        }

        history.Failed.ShouldBeFalse();
        history.Format.ShouldBe("jira-json");
        history.Items.Count.ShouldBe(33);
        history.Sprints.Count.ShouldBeGreaterThanOrEqualTo(30);
        history.Sprints.Single(s => s.Id == "7").ShouldSatisfyAllConditions(
            s => s.Name.ShouldBe("EE Sprint 7"),
            s => s.State.ShouldBe(SprintState.Closed),
            s => s.Start.ShouldBe(DateTimeOffset.Parse("2020-06-12T00:38:51.882Z", System.Globalization.CultureInfo.InvariantCulture)));

        // Issue id 13954: added to EE Sprint 28 … 37 one after another, then taken out of EE Sprint 37 (id 60).
        var key = history.Events.First(e => e.ChangeId == "78089").ItemId;
        var sprintEvents = history.Events.Where(e => e.ItemId == key && e.Kind is ItemEventKind.AddedToSprint or ItemEventKind.RemovedFromSprint).ToList();
        sprintEvents.Where(e => e.Kind == ItemEventKind.AddedToSprint).Select(e => e.SprintId)
            .ShouldBe(["38", "40", "41", "42", "43", "46", "47", "50", "57", "60"]);
        sprintEvents.Where(e => e.Kind == ItemEventKind.AddedToSprint).Select(e => e.To).Last().ShouldBe("EE Sprint 37");
        var removed = sprintEvents.Single(e => e.Kind == ItemEventKind.RemovedFromSprint);
        (removed.SprintId, removed.Actor, removed.At).ShouldBe(("60", "Rankin Zheng", DateTimeOffset.Parse("2021-05-10T11:32:18.784+08:00", System.Globalization.CultureInfo.InvariantCulture)));
        history.Events.Single(e => e.ChangeId == "78711").Actor.ShouldBe("Rankin Zheng");

        var rank = history.Events.Single(e => e.ChangeId == "57435");
        (rank.Kind, rank.Direction, rank.Actor).ShouldBe((ItemEventKind.RankMoved, RankDirection.Up, "Rankin Zheng"));
        var priority = history.Events.Single(e => e.ChangeId == "57437");
        (priority.From, priority.To, priority.Actor).ShouldBe(("Medium", "High", "Runjuu"));
    }

    [Fact]
    public async Task Jirametrics_testdata_gives_sprint_story_points_and_rank_events()
    {
        var folder = SharedData.Folder("backlogs/jira-rest-samples/jirametrics-testdata");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/jira-rest-samples/jirametrics-testdata is not there");
            return;
        }

        var history = await HistoryLoader.LoadAsync(folder);
        foreach (var d in history.Diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        history.Failed.ShouldBeFalse();
        history.Items.Select(i => i.Id).Order(StringComparer.Ordinal).ShouldBe(["SP-1", "SP-10", "SP-13", "SP-14", "SP-15", "SP-2"]);
        var sprint = history.Sprints.ShouldHaveSingleItem();
        (sprint.Id, sprint.Name, sprint.State, sprint.Inferred).ShouldBe(("3", "Scrum Sprint 3", SprintState.Active, false));

        var added = history.Events.Where(e => e.Kind == ItemEventKind.AddedToSprint).OrderBy(e => e.At).ToList();
        added.Select(e => (e.ItemId, e.ChangeId)).ShouldBe([("SP-13", "10121"), ("SP-14", "10124"), ("SP-15", "10143")]);
        added[2].At.ShouldBeGreaterThan(sprint.Start!.Value); // SP-15 entered the running sprint.

        var rank = history.Events.Single(e => e.Kind == ItemEventKind.RankMoved);
        (rank.ItemId, rank.Direction, rank.Actor, rank.ChangeId).ShouldBe(("SP-10", RankDirection.Up, "Mike Bowler", "10054"));
        history.Events.Where(e => e.Kind == ItemEventKind.PriorityChanged && e.ItemId == "SP-10").Select(e => (e.From, e.To))
            .ShouldBe([("Medium", "Highest"), ("Highest", "Medium")]);
        history.Items.Single(i => i.Id == "SP-13").Sprints.ShouldBe(["Scrum Sprint 3"]);

        // Ranked by LexoRank: SP-1 (0|i0001r:) is above SP-2 (0|i0001z:).
        history.Items.Single(i => i.Id == "SP-1").Rank.ShouldBeLessThan(history.Items.Single(i => i.Id == "SP-2").Rank);
    }

    [Fact]
    public async Task Jirametrics_complete_sample_gives_rank_moves_and_resolution_set_cleared_and_set_again()
    {
        var folder = SharedData.Folder("backlogs/jira-rest-samples/jirametrics-complete_sample");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/jira-rest-samples/jirametrics-complete_sample is not there");
            return;
        }

        var history = await HistoryLoader.LoadAsync(folder);

        history.Failed.ShouldBeFalse();
        history.Items.Count.ShouldBe(6);
        history.Events.Where(e => e.Kind == ItemEventKind.RankMoved).OrderBy(e => e.At).Select(e => (e.ItemId, e.ChangeId, e.Direction, e.Actor))
            .ShouldBe([
                ("SP-8", "10052", RankDirection.Up, "Mike Bowler"),
                ("SP-7", "10078", RankDirection.Up, "Mike Bowler"),
                ("SP-11", "10079", RankDirection.Up, "Mike Bowler"),
                ("SP-11", "10081", RankDirection.Up, "Mike Bowler"),
            ]);
        history.Events.Where(e => e.ItemId == "SP-5" && e.Kind == ItemEventKind.Resolved).Select(e => (e.ChangeId, e.To))
            .ShouldBe([("10067", "Done"), ("10070", null), ("10072", "Done")]);
        // The three non-issue files (board configuration, meta, statuses) are skipped with a warning each.
        history.Diagnostics.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Go_jira_sprint_page_gives_six_sprints_and_the_two_issue_mocks_are_duplicate_keys()
    {
        var folder = SharedData.Folder("backlogs/jira-rest-samples/go-jira");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/jira-rest-samples/go-jira is not there");
            return;
        }

        var sprints = await HistoryLoader.LoadAsync(Path.Combine(folder, "sprints.json"));
        sprints.Sprints.Select(s => (s.Id, s.State)).ShouldBe([
            ("740", SprintState.Closed), ("776", SprintState.Closed), ("807", SprintState.Closed),
            ("832", SprintState.Active), ("845", SprintState.Future), ("846", SprintState.Future),
        ]);

        var withChangelog = await HistoryLoader.LoadAsync(Path.Combine(folder, "issues_in_sprint_with_changelog.json"));
        withChangelog.Failed.ShouldBeFalse();
        withChangelog.Items.ShouldHaveSingleItem().Id.ShouldBe("AR-86");
        withChangelog.Events.ShouldContain(e => e.Kind == ItemEventKind.PriorityChanged);

        // The folder holds AR-86 twice (with and without changelog): one error naming both places, nothing imported.
        var whole = await HistoryLoader.LoadAsync(folder);
        whole.Failed.ShouldBeTrue();
        whole.Items.ShouldBeEmpty();
        var error = whole.Diagnostics.Single(d => d.Severity == PoPath.Core.Import.DiagnosticSeverity.Error);
        error.Message.ShouldContain("duplicate issue key AR-86: first at");
        error.Message.ShouldContain("issues_in_sprint.json");
    }
}
