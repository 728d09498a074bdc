using PoPath.Core.History;
using PoPath.Import.History;
using PoPath.Import.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Import.Tests.History;

/// <summary>Imports Microsoft's Azure DevOps REST examples in ../shared/data/backlogs/azure-devops-rest-samples when they are there.</summary>
public sealed class AdoSharedDataTests(ITestOutputHelper output)
{
    private static string? Sample(string name) =>
        SharedData.Folder("backlogs/azure-devops-rest-samples") is { } folder ? Path.Combine(folder, name) : null;

    [Fact]
    public async Task Updates_give_iteration_moves_state_and_comments_with_actor()
    {
        if (Sample("wit_7.1__updates_GET__list_of_workitem_updates.json") is not { } file)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/azure-devops-rest-samples is not there");
            return;
        }

        var history = await HistoryLoader.LoadAsync(file);
        foreach (var d in history.Diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        history.Failed.ShouldBeFalse();
        history.Format.ShouldBe("ado-json");
        history.Events.Select(e => (e.Kind, e.ChangeId, e.SprintId, e.From, e.To)).ShouldBe([
            (ItemEventKind.Created, "1", null, null, "New"),
            (ItemEventKind.AddedToSprint, "1", "MyAgilePro1\\Iteration 1", null, "Iteration 1"),
            (ItemEventKind.StatusChanged, "3", null, "New", "Active"),
            (ItemEventKind.RemovedFromSprint, "3", "MyAgilePro1\\Iteration 1", "Iteration 1", null),
            (ItemEventKind.AddedToSprint, "3", "MyAgilePro1\\Iteration 2", null, "Iteration 2"),
            (ItemEventKind.Commented, "4", null, null, "yeah"),
            (ItemEventKind.Commented, "9", null, null, "Güvenlik\naçığı testi"),
        ]);
        history.Events.ShouldAllBe(e => e.Actor == "Jamal Hartnett" && e.ItemId == "1");
        history.Events[2].At.ShouldBe(DateTimeOffset.Parse("2017-09-04T02:36:18.75Z", System.Globalization.CultureInfo.InvariantCulture));
        history.Sprints.Select(s => (s.Id, s.Inferred)).ShouldBe([("MyAgilePro1\\Iteration 1", true), ("MyAgilePro1\\Iteration 2", true)]);
    }

    [Fact]
    public async Task Revisions_and_updates_of_one_item_give_the_same_events_once()
    {
        if (SharedData.Folder("backlogs/azure-devops-rest-samples") is not { } folder)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/azure-devops-rest-samples is not there");
            return;
        }

        var revisions = await HistoryLoader.LoadAsync(Path.Combine(folder, "wit_7.1__revisions_GET__list_workitem_revisions.json"));
        revisions.Failed.ShouldBeFalse();
        revisions.Events.Where(e => e.Kind != ItemEventKind.Commented).Select(e => (e.Kind, e.ChangeId, e.SprintId))
            .ShouldBe([
                (ItemEventKind.Created, "1", null),
                (ItemEventKind.AddedToSprint, "1", "MyAgilePro1\\Iteration 1"),
                (ItemEventKind.StatusChanged, "3", null),
                (ItemEventKind.RemovedFromSprint, "3", "MyAgilePro1\\Iteration 1"),
                (ItemEventKind.AddedToSprint, "3", "MyAgilePro1\\Iteration 2"),
            ]);
        revisions.Items.ShouldHaveSingleItem().Sprints.ShouldBe(["Iteration 2"]);

        var whole = await HistoryLoader.LoadAsync(folder);
        foreach (var d in whole.Diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        whole.Failed.ShouldBeFalse();
        whole.Events.Count(e => e.ItemId == "1" && e.Kind == ItemEventKind.AddedToSprint && e.SprintId == "MyAgilePro1\\Iteration 2").ShouldBe(1);
        whole.Items.Select(i => i.Id).ShouldContain("297");
        whole.Sprints.ShouldContain(s => s.Name == "Sprint 2" && !s.Inferred);
    }

    [Fact]
    public async Task Reporting_revisions_give_an_order_event_for_the_backlog_priority_set()
    {
        if (Sample("wit_7.1__workItemRevisions_GET__wit_reporting_workItemRevisions.json") is not { } file)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/azure-devops-rest-samples is not there");
            return;
        }

        var history = await HistoryLoader.LoadAsync(file);

        history.Failed.ShouldBeFalse();
        var move = history.Events.Single(e => e.Kind == ItemEventKind.RankMoved);
        (move.ItemId, move.ChangeId, move.Direction, move.To, move.Actor).ShouldBe(("1", "2", RankDirection.ToPosition, "1000000000", "Jamal Hartnett"));
        history.Items.Select(i => i.Id).ShouldBe(["1", "2"]);
    }
}
