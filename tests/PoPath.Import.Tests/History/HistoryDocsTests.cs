using System.Text.RegularExpressions;
using PoPath.Core.History;
using PoPath.Import.History;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.History;

/// <summary>Runs the example of docs/formats/history.md, so the page and the reader cannot drift apart.</summary>
public sealed class HistoryDocsTests
{
    [Fact]
    public async Task The_history_page_example_gives_the_events_it_describes()
    {
        var page = await File.ReadAllTextAsync(Path.Combine(SharedData.RepoRoot(), "docs", "formats", "history.md"));
        var json = Regex.Match(page, "```json\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        using var file = new TempFile(".json", json);

        var history = await HistoryLoader.LoadAsync(file.Path);

        history.Failed.ShouldBeFalse();
        history.Diagnostics.ShouldBeEmpty();
        var sprint = history.Sprints.ShouldHaveSingleItem();
        (sprint.Id, sprint.State, sprint.Start!.Value.Day, sprint.End!.Value.Day).ShouldBe(("7", SprintState.Active, 4, 18));
        history.Events.Select(e => (e.Kind, e.Actor, e.SprintId, e.Direction)).ShouldBe([
            (ItemEventKind.Created, null, null, null),
            (ItemEventKind.AddedToSprint, "Sam Sales", "7", null),
            (ItemEventKind.RankMoved, "Sam Sales", null, RankDirection.Up),
        ]);
        history.Events[1].At.ShouldBeInRange(sprint.Start.Value, sprint.End.Value);
    }
}
