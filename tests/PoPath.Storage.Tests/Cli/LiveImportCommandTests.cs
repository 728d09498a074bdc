using System.Text.Json;
using PoPath.Storage.Tests.Support;
using PoPath.Testing;
using static PoPath.Testing.LocalServer;

namespace PoPath.Storage.Tests.Cli;

/// <summary>
/// <c>popath import jira|ado|github</c> end to end: a local HTTP server answers in the documented shapes, the command
/// stores the history as a snapshot, and tokens come only from the environment and never show up in any output.
/// </summary>
public sealed class LiveImportCommandTests(TempFolder folder) : IClassFixture<TempFolder>
{
    private const string Token = "tok-SECRET-1234567890";

    private static readonly Dictionary<string, string> Variables = new() { ["POPATH_TEST_TOKEN"] = Token };

    private static Reply Jira(Request r)
    {
        var path = r.PathAndQuery;
        if (path.StartsWith("/rest/api/2/field", StringComparison.Ordinal))
        {
            return new Reply(200, """[{"id": "customfield_1", "name": "Sprint", "custom": true, "schema": {"type": "array", "custom": "com.pyxis.greenhopper.jira:gh-sprint"}}]""");
        }

        if (path.StartsWith("/rest/api/2/search", StringComparison.Ordinal))
        {
            var second = path.Contains("startAt=1", StringComparison.Ordinal);
            var n = second ? 2 : 1;
            return new Reply(200, $$$"""
                {"startAt": {{{n - 1}}}, "maxResults": 1, "total": 2, "issues": [
                  {"id": "{{{100 + n}}}", "key": "SHOP-{{{n}}}", "fields": {"summary": "As a shopper I want saved carts {{{n}}} so that I can finish later", "created": "2024-03-01T09:00:00.000+0000"},
                   "changelog": {"startAt": 0, "maxResults": 0, "total": 1, "histories": []}}]}
                """);
        }

        if (path.StartsWith("/rest/api/2/issue/SHOP-", StringComparison.Ordinal))
        {
            var n = path["/rest/api/2/issue/SHOP-".Length] - '0';
            return new Reply(200, $$$"""
                {"startAt": 0, "maxResults": 100, "total": 1, "isLast": true, "values": [
                  {"id": "9{{{n}}}", "author": {"displayName": "Pat PO"}, "created": "2024-03-05T09:00:00.000+0000",
                   "items": [{"field": "Sprint", "fieldId": "customfield_1", "from": "", "fromString": "", "to": "7", "toString": "Sprint 7"}]}]}
                """);
        }

        return new Reply(404, """{"errorMessages": ["no route"]}""");
    }

    private string Db(string name) => folder.File(name + ".db");

    [Fact]
    public async Task Jira_data_center_import_pages_the_search_reads_full_changelogs_and_stores_a_history_snapshot()
    {
        await using var server = new LocalServer(Jira);
        var db = Db("jira");

        var run = await Support.Cli.RunAsync(["import", "jira", "--site", server.BaseUri.AbsoluteUri, "--jql", "project = SHOP ORDER BY Rank",
            "--token-env", "POPATH_TEST_TOKEN", "--page-size", "1", "--workspace", "shop", "--db", db, "--output", "json"], Variables);

        run.Code.ShouldBe(0, run.Err);
        var snapshot = JsonDocument.Parse(run.Out).RootElement.GetProperty("snapshot");
        snapshot.GetProperty("items").GetInt32().ShouldBe(2);
        snapshot.GetProperty("events").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        server.Requests.ShouldContain(r => r.PathAndQuery.StartsWith("/rest/api/2/issue/SHOP-2/changelog", StringComparison.Ordinal));
        server.Requests.ShouldAllBe(r => r.Authorization == "Bearer " + Token);
        (run.Out + run.Err).ShouldNotContain(Token);

        await using var store = await BacklogStore.OpenAsync(StoreTarget.Resolve(db));
        var history = await store.LoadHistoryAsync("shop");
        history.Events.ShouldContain(e => e.ItemId == "SHOP-1" && e.Kind == Core.History.ItemEventKind.AddedToSprint && e.Actor == "Pat PO");
    }

    [Fact]
    public async Task Ado_import_accepts_an_organisation_url_and_stores_the_iteration_events()
    {
        await using var server = new LocalServer(r => r.PathAndQuery switch
        {
            var p when p.StartsWith("/org/Shop/_apis/wit/wiql", StringComparison.Ordinal) => new Reply(200, """{"queryType": "flat", "workItems": [{"id": 42, "url": "x"}]}"""),
            var p when p.StartsWith("/org/Shop/_apis/wit/workitemsbatch", StringComparison.Ordinal) =>
                new Reply(200, """{"count": 1, "value": [{"id": 42, "rev": 2, "fields": {"System.Title": "Save carts", "System.State": "New", "System.IterationPath": "Shop\\Sprint 2"}}]}"""),
            var p when p.StartsWith("/org/Shop/_apis/wit/workItems/42/updates", StringComparison.Ordinal) =>
                new Reply(200, """{"count": 1, "value": [{"id": 2, "workItemId": 42, "rev": 2, "revisedBy": {"displayName": "Sam Sales"}, "fields": {"System.ChangedDate": {"newValue": "2024-03-20T10:00:00Z"}, "System.IterationPath": {"oldValue": "Shop", "newValue": "Shop\\Sprint 2"}}}]}"""),
            _ => new Reply(404, "{}"),
        });

        var run = await Support.Cli.RunAsync(["import", "ado", "--org", server.BaseUri + "org", "--project", "Shop", "--pat-env", "POPATH_TEST_TOKEN",
            "--workspace", "ado", "--db", Db("ado"), "-o", "json"], Variables);

        run.Code.ShouldBe(0, run.Err);
        JsonDocument.Parse(run.Out).RootElement.GetProperty("snapshot").GetProperty("events").GetInt32().ShouldBe(1);
        (run.Out + run.Err).ShouldNotContain(Token);
    }

    [Fact]
    public async Task GitHub_import_reads_issues_and_timelines()
    {
        await using var server = new LocalServer(r => r.PathAndQuery switch
        {
            var p when p.StartsWith("/repos/o/r/milestones", StringComparison.Ordinal) => new Reply(200, """[{"node_id": "M1", "number": 1, "title": "Sprint 1", "state": "open", "open_issues": 1, "closed_issues": 0, "due_on": null}]"""),
            var p when p.StartsWith("/repos/o/r/issues?", StringComparison.Ordinal) => new Reply(200, """[{"node_id": "I1", "number": 1, "title": "First", "state": "open", "created_at": "2024-03-01T00:00:00Z"}]"""),
            var p when p.StartsWith("/repos/o/r/issues/1/timeline", StringComparison.Ordinal) =>
                new Reply(200, """[{"node_id": "E", "event": "milestoned", "actor": {"login": "pat"}, "created_at": "2024-03-05T00:00:00Z", "milestone": {"title": "Sprint 1"}}]"""),
            _ => new Reply(404, """{"message": "Not Found"}"""),
        });

        var run = await Support.Cli.RunAsync(["import", "github", "--repo", "o/r", "--api", server.BaseUri.AbsoluteUri, "--token-env", "POPATH_TEST_TOKEN",
            "--workspace", "gh", "--db", Db("gh"), "-o", "json"], Variables);

        run.Code.ShouldBe(0, run.Err);
        var snapshot = JsonDocument.Parse(run.Out).RootElement.GetProperty("snapshot");
        (snapshot.GetProperty("items").GetInt32(), snapshot.GetProperty("sprints").GetInt32()).ShouldBe((1, 1));
        snapshot.GetProperty("events").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        server.Requests.ShouldAllBe(r => r.Authorization == "Bearer " + Token);
    }

    [Fact]
    public async Task A_401_is_an_input_error_that_writes_nothing_and_never_shows_the_token()
    {
        await using var server = new LocalServer(_ => new Reply(401, """{"errorMessages": ["You are not authenticated."]}"""));
        var db = Db("denied");

        var run = await Support.Cli.RunAsync(["import", "jira", "--site", server.BaseUri.AbsoluteUri, "--jql", "project = X", "--token-env", "POPATH_TEST_TOKEN",
            "--workspace", "denied", "--db", db], Variables);

        run.Code.ShouldBe(3);
        run.Err.ShouldContain("401");
        run.Err.ShouldContain("nothing was written");
        (run.Out + run.Err).ShouldNotContain(Token);
        var workspaces = await Support.Cli.RunAsync("workspaces", "--db", db, "-o", "json");
        JsonDocument.Parse(workspaces.Out).RootElement.GetProperty("workspaces").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_token_variable_is_a_usage_error_naming_the_variable()
    {
        var run = await Support.Cli.RunAsync(["import", "jira", "--site", "https://example.atlassian.net", "--jql", "project = X", "--token-env", "NOT_SET_ANYWHERE",
            "--workspace", "w", "--db", Db("unset")], Variables);

        run.Code.ShouldBe(2);
        run.Err.ShouldContain("NOT_SET_ANYWHERE");
    }

    [Fact]
    public async Task A_token_is_never_sent_over_plain_http_to_another_host()
    {
        var run = await Support.Cli.RunAsync(["import", "ado", "--org", "http://devops.example.com/org", "--project", "Shop", "--pat-env", "POPATH_TEST_TOKEN",
            "--workspace", "w", "--db", Db("plain")], Variables);

        run.Code.ShouldBe(2);
        run.Err.ShouldContain("plain http");
    }

    [Fact]
    public async Task A_malformed_repository_name_is_a_usage_error()
    {
        var run = await Support.Cli.RunAsync(["import", "github", "--repo", "just-a-name", "--workspace", "w", "--db", Db("repo")], Variables);

        run.Code.ShouldBe(2);
        run.Err.ShouldContain("owner/name");
    }
}
