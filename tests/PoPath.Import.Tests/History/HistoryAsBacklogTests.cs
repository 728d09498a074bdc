using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.History;

/// <summary><c>popath check</c> reads the history formats as backlogs through <see cref="BacklogLoader"/>.</summary>
public sealed class HistoryAsBacklogTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "History", "Fixtures", name);

    [Fact]
    public async Task Auto_detects_a_jira_search_response_and_ranks_its_issues_by_lexorank()
    {
        var backlog = await BacklogLoader.LoadAsync(Fixture("jira-search.json"));

        backlog.Failed.ShouldBeFalse(string.Join("\n", backlog.Diagnostics));
        backlog.Format.ShouldBe("jira-json");
        backlog.Items.Select(i => (i.Id, i.Rank)).ShouldBe([("ACME-2", 1), ("ACME-1", 2)]);
        backlog.Items[1].Title.ShouldStartWith("As a buyer");
    }

    [Fact]
    public async Task Accepts_jira_json_by_id_from_standard_input_like_streams()
    {
        await using var stream = File.OpenRead(Fixture("jira-search.json"));
        var backlog = await BacklogLoader.LoadAsync(stream, "-", "jira-json");

        backlog.Failed.ShouldBeFalse();
        backlog.Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Auto_detects_azure_devops_work_items()
    {
        var folder = SharedData.Folder("backlogs/azure-devops-rest-samples");
        if (folder is null)
        {
            return;
        }

        var backlog = await BacklogLoader.LoadAsync(Path.Combine(folder, "wit_7.1__workItems_GET__wit_WorkItems_ids-_ids___expand-all.json"));

        backlog.Failed.ShouldBeFalse();
        backlog.Format.ShouldBe("ado-json");
        backlog.Items.Select(i => i.Title).ShouldContain("Customer can sign in using their Microsoft Account");
    }

    [Fact]
    public async Task A_broken_jira_file_fails_the_check_with_its_line()
    {
        using var file = new TempFile(".json", "{\"issues\": [\n{\"key\": \"A-1\", \"fields\": {\"summary\": \"x\"}},\n{\"key\": ");
        var backlog = await BacklogLoader.LoadAsync(file.Path);

        backlog.Failed.ShouldBeTrue();
        backlog.Items.ShouldBeEmpty();
        backlog.Diagnostics.ShouldHaveSingleItem().Location.Line.ShouldBe(3);
    }
}
