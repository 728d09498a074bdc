using System.Text;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Import.History;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.History;

public sealed class JiraHistoryReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "History", "Fixtures", name);

    private static async Task<BacklogHistory> LoadFolderAsync(params (string Name, string Content)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (name, content) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, name), content);
            }

            return await HistoryLoader.LoadAsync(folder);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static async Task<BacklogHistory> LoadAsync(string json, string name = "issues.json")
    {
        using var file = new TempFile(Path.GetExtension(name), json);
        return await HistoryLoader.LoadAsync(file.Path);
    }

    [Fact]
    public async Task Finds_custom_fields_by_schema_type_in_the_field_list_not_by_id_or_name()
    {
        var history = await LoadFolderAsync(
            ("search.json", await File.ReadAllTextAsync(Fixture("jira-search.json"))),
            ("field.json", await File.ReadAllTextAsync(Fixture("jira-fields.json"))));

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Diagnostics.ShouldBeEmpty();
        var item = history.Items.Single(i => i.Id == "ACME-1");
        (item.StoryPoints, item.Description, item.Priority, item.Reporter).ShouldBe((5.0, "Card payments.", "High", "Pat PO"));
        item.Sprints.ShouldBe(["Sprint 7"]);
        history.Items.Select(i => i.Id).ShouldBe(["ACME-2", "ACME-1"]); // LexoRank 0|i0000a: before 0|i0000b:

        var sprint = history.Sprints.ShouldHaveSingleItem();
        (sprint.Id, sprint.Name, sprint.State, sprint.Goal).ShouldBe(("7", "Sprint 7", SprintState.Active, "Checkout"));

        var events = history.Events.Where(e => e.ItemId == "ACME-1").Select(e => (e.Kind, e.Actor, e.From, e.To, e.SprintId, e.Direction)).ToList();
        events.ShouldBe([
            (ItemEventKind.Created, "Pat PO", null, null, null, null),
            (ItemEventKind.AddedToSprint, "Pat PO", null, "Sprint 7", "7", null),
            (ItemEventKind.Commented, "Sam Sales", null, "Big customer asks for this.", null, null),
            (ItemEventKind.RankMoved, "Sam Sales", null, "Ranked lower", null, RankDirection.Down),
            (ItemEventKind.PriorityChanged, "Sam Sales", "Medium", "High", null, null),
            (ItemEventKind.StatusChanged, "Dev One", "To Do", "In Progress", null, null),
        ]);
    }

    [Fact]
    public async Task Without_a_field_list_renamed_custom_fields_are_not_guessed_from_changelog_names()
    {
        var history = await LoadAsync(await File.ReadAllTextAsync(Fixture("jira-search.json")));

        history.Failed.ShouldBeFalse();
        // The sprint value is still recognised by its shape; the renamed changelog items ("Iteration", "Backlog order") are not.
        history.Sprints.ShouldHaveSingleItem().Name.ShouldBe("Sprint 7");
        history.Events.ShouldNotContain(e => e.Kind == ItemEventKind.RankMoved || e.Kind == ItemEventKind.AddedToSprint);
        history.Items.Single(i => i.Id == "ACME-1").StoryPoints.ShouldBeNull();
    }

    [Fact]
    public async Task Reads_a_changelog_page_named_after_its_issue_and_skips_histories_seen_in_the_issue()
    {
        const string page = """
            {"self": "x", "maxResults": 100, "startAt": 0, "total": 2, "isLast": true, "values": [
              {"id": "502", "author": {"displayName": "Dev One"}, "created": "2024-03-07T10:00:00.000+0000",
               "items": [{"field": "status", "fieldId": "status", "fromString": "To Do", "toString": "In Progress"}]},
              {"id": "499", "author": {"displayName": "Pat PO"}, "created": "2024-03-01T10:00:00.000+0000",
               "items": [{"field": "Sprint", "fieldId": "customfield_30001", "from": "", "to": "6", "toString": "Sprint 6"},
                         {"field": "resolution", "fieldId": "resolution", "from": null, "fromString": null, "to": "10000", "toString": "Won't Do"}]}
            ]}
            """;
        var history = await LoadFolderAsync(
            ("search.json", await File.ReadAllTextAsync(Fixture("jira-search.json"))),
            ("fields.json", await File.ReadAllTextAsync(Fixture("jira-fields.json"))),
            ("ACME-1.changelog.json", page));

        history.Failed.ShouldBeFalse();
        history.Events.Count(e => e.ChangeId == "502").ShouldBe(1);
        history.Events.Single(e => e.ChangeId == "499" && e.Kind == ItemEventKind.Resolved).To.ShouldBe("Won't Do");

        // Sprint 6 is named only by the changelog: kept as an inferred sprint, with a warning that says where.
        var inferred = history.Sprints.Single(s => s.Id == "6");
        (inferred.Name, inferred.Inferred, inferred.State).ShouldBe(("Sprint 6", true, SprintState.Unknown));
        var warning = history.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldContain("sprint 6 (Sprint 6), which no sprint data describes");
        warning.Location.File.ShouldEndWith("ACME-1.changelog.json");
        warning.Location.Path.ShouldBe("$.values[1]");
    }

    [Fact]
    public async Task Reads_a_bulk_changelog_by_issue_id_and_agile_sprint_pages()
    {
        const string bulk = """
            {"issueChangeLogs": [{"issueId": "102", "changeHistories": [
              {"id": "600", "author": {"displayName": "Pat PO"}, "created": "2024-03-10T10:00:00.000+0000",
               "items": [{"field": "Sprint", "fieldId": "customfield_30001", "from": "7", "fromString": "Sprint 7", "to": "7, 8", "toString": "Sprint 7, Sprint 8"}]},
              {"id": "601", "author": {"displayName": "Pat PO"}, "created": "2024-03-19T10:00:00.000+0000",
               "items": [{"field": "Sprint", "fieldId": "customfield_30001", "from": "7, 8", "fromString": "Sprint 7, Sprint 8", "to": "7", "toString": "Sprint 7"}]}
            ]}], "nextPageToken": null}
            """;
        const string sprints = """
            {"maxResults": 50, "startAt": 0, "isLast": true, "values": [
              {"id": 8, "self": "x", "state": "future", "name": "Sprint 8", "originBoardId": 1, "goal": ""}
            ]}
            """;
        var history = await LoadFolderAsync(
            ("a-bulk-changelog.json", bulk),
            ("search.json", await File.ReadAllTextAsync(Fixture("jira-search.json"))),
            ("fields.json", await File.ReadAllTextAsync(Fixture("jira-fields.json"))),
            ("sprints.json", sprints));

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Diagnostics.ShouldBeEmpty();
        history.Sprints.Single(s => s.Id == "8").State.ShouldBe(SprintState.Future);
        history.Events.Where(e => e.ItemId == "ACME-2" && e.SprintId is not null).Select(e => (e.Kind, e.SprintId, e.ChangeId))
            .ShouldBe([(ItemEventKind.AddedToSprint, "8", "600"), (ItemEventKind.RemovedFromSprint, "8", "601")]);
    }

    [Fact]
    public async Task Warns_when_the_embedded_changelog_was_cut_by_search()
    {
        const string json = """
            {"key": "ACME-9", "fields": {"summary": "x", "created": "2024-01-01T00:00:00.000+0000"},
             "changelog": {"startAt": 0, "maxResults": 1, "total": 250, "histories": [
               {"id": "1", "created": "2024-01-02T00:00:00.000+0000", "items": []}]}}
            """;
        var history = await LoadAsync(json);

        history.Failed.ShouldBeFalse();
        history.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("holds 1 of 250 histories");
    }

    [Theory]
    [InlineData("{\"issues\": [{\"key\": \"A-1\", \"fields\": {\"summary\": \"x\"}}, {\"key\": \"A-2\", \"fie", "ends too early", 1)]
    [InlineData("{\"issues\": [{\"key\": \"A-1\", \"fields\": {\"summary\": \"x\"}},\n {\"key\": \"A-1\", \"fields\": {\"summary\": \"y\"}}]}", "duplicate issue key A-1", 2)]
    [InlineData("{\"issues\": [\n{\"key\": \"A-1\", \"key\": \"A-2\", \"fields\": {\"summary\": \"x\"}}]}", "malformed JSON", 2)]
    [InlineData("{\"issues\": [{\"key\": \"A-1\" \"fields\": {}}]}", "malformed JSON", 1)]
    public async Task Bad_json_is_one_error_with_its_place_and_nothing_is_imported(string json, string message, int line)
    {
        var history = await LoadAsync(json);

        history.Failed.ShouldBeTrue();
        history.Items.ShouldBeEmpty();
        history.Events.ShouldBeEmpty();
        history.Sprints.ShouldBeEmpty();
        var error = history.Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        error.Message.ShouldContain(message);
        error.Location.Line.ShouldBe(line);
        error.Message.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Wrong_types_and_missing_keys_skip_that_issue_with_a_warning_that_names_it()
    {
        const string json = """
            {"issues": [
              {"key": "A-1", "fields": {"summary": 42}},
              {"fields": {"summary": "no key"}, "key": 7},
              {"key": "A-3", "fields": "oops"},
              {"key": "A-4", "fields": {"summary": "fine", "created": "2024-01-01T00:00:00Z"}, "unknownThing": true},
              {"name": "no idea what this is"}
            ]}
            """;
        var history = await LoadAsync(json);

        history.Failed.ShouldBeFalse();
        history.Items.ShouldHaveSingleItem().Id.ShouldBe("A-4");
        history.Diagnostics.Select(d => (d.Location.Path, d.Severity)).ShouldBe([
            ("$.issues[0] (A-1)", DiagnosticSeverity.Warning),
            ("$.issues[1]", DiagnosticSeverity.Warning),
            ("$.issues[2] (A-3)", DiagnosticSeverity.Warning),
            ("$.issues[4]", DiagnosticSeverity.Warning),
        ]);
        history.Diagnostics[0].Message.ShouldContain("fields.summary is number, expected a string");
    }

    [Fact]
    public async Task Streams_issues_larger_than_the_read_buffer_across_buffer_boundaries()
    {
        var sb = new StringBuilder("{\"issues\": [\n");
        for (var i = 0; i < 300; i++)
        {
            sb.Append(i == 0 ? "" : ",\n");
            var description = new string('x', i == 150 ? 200_000 : 500);
            sb.Append("{\"key\": \"BIG-").Append(i).Append("\", \"fields\": {\"summary\": \"Story ").Append(i)
                .Append("\", \"description\": \"").Append(description).Append("\", \"created\": \"2024-01-01T00:00:00Z\"}}");
        }

        sb.Append("\n]}");
        var history = await LoadAsync(sb.ToString());

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Items.Count.ShouldBe(300);
        history.Items[150].Description!.Length.ShouldBe(200_000);
        history.Items[299].Source!.Line.ShouldBe(301);
        history.Events.Count(e => e.Kind == ItemEventKind.Created).ShouldBe(300);
    }

    [Fact]
    public async Task A_missing_path_or_a_file_of_another_kind_is_an_error()
    {
        (await HistoryLoader.LoadAsync("/no/such/file.json")).Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("not found");
        var other = await LoadAsync("{\"popath\": \"1\", \"items\": []}");
        other.Failed.ShouldBeTrue();
        other.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("not a history file");
    }
}
