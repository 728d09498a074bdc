using PoPath.Core.History;
using PoPath.Import.History;

namespace PoPath.Import.Tests.History;

public sealed class AdoHistoryReaderTests
{
    private const string Iterations = """
        {"count": 2, "value": [
          {"id": "a1", "name": "Sprint 1", "path": "Shop\\Sprint 1", "attributes": {"startDate": "2024-03-04T00:00:00Z", "finishDate": "2024-03-15T00:00:00Z", "timeFrame": "past"}},
          {"id": "a2", "name": "Sprint 2", "path": "Shop\\Sprint 2", "attributes": {"startDate": "2024-03-18T00:00:00Z", "finishDate": "2024-03-29T00:00:00Z", "timeFrame": "current"}}
        ]}
        """;

    private const string Updates = """
        {"count": 3, "value": [
          {"id": 1, "workItemId": 42, "rev": 1, "revisedBy": {"displayName": "Pat PO"}, "revisedDate": "2024-03-20T10:00:00Z",
           "fields": {"System.State": {"newValue": "New"}, "System.ChangedDate": {"newValue": "2024-03-01T10:00:00Z"},
                      "System.IterationPath": {"newValue": "Shop"}, "Microsoft.VSTS.Common.StackRank": {"newValue": 2000.0}}},
          {"id": 2, "workItemId": 42, "rev": 2, "revisedBy": {"displayName": "Sam Sales"}, "revisedDate": "2024-03-21T10:00:00Z",
           "fields": {"System.ChangedDate": {"oldValue": "2024-03-01T10:00:00Z", "newValue": "2024-03-20T10:00:00Z"},
                      "System.ChangedBy": {"oldValue": "Pat PO <pat@x>", "newValue": "Sam Sales <sam@x>"},
                      "System.IterationPath": {"oldValue": "Shop", "newValue": "Shop\\Sprint 2"},
                      "Microsoft.VSTS.Common.StackRank": {"oldValue": 2000.0, "newValue": 10.5}}},
          {"id": 3, "workItemId": 42, "rev": 3, "revisedBy": {"displayName": "Pat PO"}, "revisedDate": "9999-01-01T00:00:00Z",
           "fields": {"System.ChangedDate": {"oldValue": "2024-03-20T10:00:00Z", "newValue": "2024-03-22T10:00:00Z"},
                      "System.State": {"oldValue": "New", "newValue": "Removed"}, "System.Reason": {"newValue": "Removed from the backlog"},
                      "Microsoft.VSTS.Common.Priority": {"oldValue": 2, "newValue": 1}}}
        ]}
        """;

    [Fact]
    public async Task Stack_rank_and_iteration_changes_become_order_and_sprint_events_with_their_actor()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "iterations.json"), Iterations);
            await File.WriteAllTextAsync(Path.Combine(folder, "42.updates.json"), Updates);
            var history = await HistoryLoader.LoadAsync(folder);

            history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
            history.Diagnostics.ShouldBeEmpty();
            history.Events.Select(e => (e.Kind, e.Actor, e.From, e.To, e.SprintId, e.Direction)).ShouldBe([
                (ItemEventKind.Created, "Pat PO", null, "New", null, null),
                (ItemEventKind.RankMoved, "Pat PO", null, "2000", null, RankDirection.ToPosition),
                (ItemEventKind.AddedToSprint, "Sam Sales", null, "Sprint 2", "Shop\\Sprint 2", null),
                (ItemEventKind.RankMoved, "Sam Sales", "2000", "10.5", null, RankDirection.Up),
                (ItemEventKind.StatusChanged, "Pat PO", "New", "Removed", null, null),
                (ItemEventKind.Resolved, "Pat PO", null, "Removed", null, null),
                (ItemEventKind.PriorityChanged, "Pat PO", "2", "1", null, null),
            ]);
            var sprint = history.Sprints.Single(s => s.Id == "Shop\\Sprint 2");
            (sprint.Name, sprint.State, sprint.Start!.Value.Day, sprint.Inferred).ShouldBe(("Sprint 2", SprintState.Active, 18, false));

            // The added-to-sprint event lies inside the sprint: work entered a running sprint.
            history.Events[2].At.ShouldBeInRange(sprint.Start!.Value, sprint.End!.Value);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Revisions_out_of_order_give_the_events_in_revision_order_and_the_item_from_the_newest_revision()
    {
        // Revision 3 arrives first: the diff still runs 1 → 2 → 3, and the backlog item takes revision 3's fields.
        const string revisions = """
            {"count": 3, "value": [
              {"id": 7, "rev": 3, "fields": {"System.Title": "Save carts (final)", "System.State": "Active", "System.IterationPath": "Shop\\Sprint 2",
                "System.ChangedDate": "2024-03-20T10:00:00Z", "System.ChangedBy": "Sam Sales <sam@x>", "System.Description": "<p>Long text</p>"}},
              {"id": 7, "rev": 1, "fields": {"System.Title": "Save carts", "System.State": "New", "System.IterationPath": "Shop",
                "System.CreatedDate": "2024-03-01T10:00:00Z", "System.ChangedDate": "2024-03-01T10:00:00Z", "System.ChangedBy": "Pat PO <pat@x>"}},
              {"id": 7, "rev": 2, "fields": {"System.Title": "Save carts", "System.State": "Active", "System.IterationPath": "Shop",
                "System.ChangedDate": "2024-03-10T10:00:00Z", "System.ChangedBy": "Pat PO <pat@x>"}}
            ]}
            """;
        await using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(revisions));

        var history = await HistoryLoader.LoadAsync(input, "7.revisions.json", "ado-json");

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Events.Select(e => (e.Kind, e.ChangeId, e.Actor, e.To)).ShouldBe([
            (ItemEventKind.Created, "1", "Pat PO", "New"),
            (ItemEventKind.StatusChanged, "2", "Pat PO", "Active"),
            (ItemEventKind.AddedToSprint, "3", "Sam Sales", "Sprint 2"),
        ]);
        var item = history.Items.ShouldHaveSingleItem();
        (item.Title, item.Status, item.Description).ShouldBe(("Save carts (final)", "Active", "Long text"));
    }

    [Fact]
    public async Task A_truncated_updates_file_fails_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Updates[..700]);
        try
        {
            var history = await HistoryLoader.LoadAsync(path);
            history.Failed.ShouldBeTrue();
            (history.Items.Count, history.Events.Count).ShouldBe((0, 0));
            history.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("ends too early");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
