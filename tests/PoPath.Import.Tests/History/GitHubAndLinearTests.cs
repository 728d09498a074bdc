using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Import.History;

namespace PoPath.Import.Tests.History;

public sealed class GitHubAndLinearTests
{
    private const string Issues = """
        [
          {"url": "https://api.github.com/repos/o/r/issues/12", "node_id": "I_1", "number": 12, "title": "Let buyers save a cart", "body": "So that they come back.",
           "state": "closed", "state_reason": "not_planned", "labels": [{"name": "feature"}], "user": {"login": "pat"},
           "milestone": {"number": 3, "title": "Sprint 3", "state": "open", "due_on": "2024-03-29T07:00:00Z", "description": "Checkout"},
           "created_at": "2024-03-01T10:00:00Z", "updated_at": "2024-03-22T10:00:00Z", "closed_at": "2024-03-22T10:00:00Z"},
          {"url": "https://api.github.com/repos/o/r/pulls/13", "node_id": "PR_1", "number": 13, "title": "A pull request", "state": "open",
           "pull_request": {"url": "x"}, "created_at": "2024-03-02T10:00:00Z"}
        ]
        """;

    private const string Timeline = """
        [
          {"id": 1, "node_id": "LE_1", "event": "labeled", "actor": {"login": "pat"}, "created_at": "2024-03-01T10:01:00Z", "label": {"name": "feature"}},
          {"id": 2, "node_id": "MIE_1", "event": "milestoned", "actor": {"login": "sam"}, "created_at": "2024-03-20T09:00:00Z", "milestone": {"title": "Sprint 3"}},
          {"id": 3, "node_id": "IC_1", "event": "commented", "user": {"login": "sam"}, "created_at": "2024-03-21T09:00:00Z", "body": "Not now: no budget."},
          {"id": 4, "node_id": "CE_1", "event": "closed", "actor": {"login": "pat"}, "created_at": "2024-03-22T10:00:00Z", "state_reason": "not_planned"},
          {"id": 5, "node_id": "DE_1", "event": "demilestoned", "actor": {"login": "pat"}, "created_at": "2024-03-22T10:00:05Z", "milestone": {"title": "Old sprint"}}
        ]
        """;

    [Fact]
    public async Task Issues_and_their_timeline_give_milestone_sprints_labels_and_the_close_reason()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "issues.json"), Issues);
            await File.WriteAllTextAsync(Path.Combine(folder, "12.timeline.json"), Timeline);
            var history = await HistoryLoader.LoadAsync(folder);

            history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
            history.Format.ShouldBe("github-json");
            var item = history.Items.ShouldHaveSingleItem();
            (item.Id, item.Title, item.Status, item.Reporter).ShouldBe(("12", "Let buyers save a cart", "closed", "pat"));
            item.Sprints.ShouldBe(["Sprint 3"]);
            history.Sprints.Single(s => s.Id == "Sprint 3").ShouldSatisfyAllConditions(s => s.Goal.ShouldBe("Checkout"), s => s.Inferred.ShouldBeFalse());
            history.Sprints.Single(s => s.Id == "Old sprint").Inferred.ShouldBeTrue();
            history.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("milestone 'Old sprint'");

            history.Events.Select(e => (e.Kind, e.Actor, e.From, e.To, e.SprintId)).ShouldBe([
                (ItemEventKind.Created, "pat", null, "open", null),
                (ItemEventKind.LabelChanged, "pat", null, "feature", null),
                (ItemEventKind.AddedToSprint, "sam", null, "Sprint 3", "Sprint 3"),
                (ItemEventKind.Commented, "sam", null, "Not now: no budget.", null),
                (ItemEventKind.Resolved, null, null, "not_planned", null),
                (ItemEventKind.RemovedFromSprint, "pat", "Old sprint", null, "Old sprint"),
            ]);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Github_issues_are_a_backlog_for_the_check()
    {
        var path = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Issues);
        try
        {
            var backlog = await BacklogLoader.LoadAsync(path);
            backlog.Format.ShouldBe("github-json");
            backlog.Items.ShouldHaveSingleItem().Description.ShouldBe("So that they come back.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string LinearCsv = """
        ID,Team,Title,Description,Status,Estimate,Priority,Project,Creator,Assignee,Labels,Cycle Number,Cycle Name,Cycle Start,Cycle End,Created,Updated,Started,Completed,Canceled,Archived
        ENG-1,Engineering,Save carts,"So buyers come back.
        Two lines.",Done,3,High,Shop,Pat,Dev,"feature, web",7,Cycle 7,2024-03-04T00:00:00.000Z,2024-03-18T00:00:00.000Z,2024-03-01T10:00:00.000Z,2024-03-10T10:00:00.000Z,,2024-03-09T10:00:00.000Z,,
        ENG-2,Engineering,'=HYPERLINK(x),,Canceled,,No priority,,Sam,,,,,,,2024-03-02T10:00:00.000Z,,,,2024-03-05T10:00:00.000Z,
        """;

    [Fact]
    public async Task Linear_csv_gives_items_cycles_and_resolution_events()
    {
        var path = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, LinearCsv);
        try
        {
            var history = await HistoryLoader.LoadAsync(path);

            history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
            history.Format.ShouldBe("linear-csv");
            history.Items.Select(i => i.Id).ShouldBe(["ENG-1", "ENG-2"]);
            var first = history.Items[0];
            (first.StoryPoints, first.Priority, first.Description).ShouldBe((3.0, "High", "So buyers come back.\nTwo lines."));
            first.Labels.ShouldBe(["feature", "web"]);
            history.Items[1].Title.ShouldBe("=HYPERLINK(x)");
            var cycle = history.Sprints.ShouldHaveSingleItem();
            (cycle.Id, cycle.Name, cycle.Start!.Value.Day).ShouldBe(("7", "Cycle 7", 4));
            history.Events.Where(e => e.Kind == ItemEventKind.Resolved).Select(e => (e.ItemId, e.To)).ShouldBe([("ENG-2", "canceled"), ("ENG-1", "completed")]);

            var backlog = await BacklogLoader.LoadAsync(path);
            backlog.Format.ShouldBe("linear-csv");
            backlog.Items.Count.ShouldBe(2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Linear_csv_with_a_duplicate_id_fails_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "ID,Title,Cycle Number\nENG-1,a,1\nENG-1,b,1\n");
        try
        {
            var history = await HistoryLoader.LoadAsync(path);
            history.Failed.ShouldBeTrue();
            (history.Items.Count, history.Sprints.Count).ShouldBe((0, 0));
            var error = history.Diagnostics.ShouldHaveSingleItem();
            (error.Severity, error.Location.Line).ShouldBe((DiagnosticSeverity.Error, 3));
            error.Message.ShouldContain("duplicate issue ID ENG-1: first on line 2");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
