using PoPath.Core.History;
using PoPath.Import.Live;
using PoPath.Testing;
using static PoPath.Testing.LocalServer;

namespace PoPath.Import.Tests.Live;

public sealed class AdoAndGitHubConnectorTests
{
    private const string Iterations = """{"count": 1, "value": [{"id": "g", "name": "Sprint 2", "path": "Shop\\Sprint 2", "attributes": {"startDate": "2024-03-18T00:00:00Z", "finishDate": "2024-03-29T00:00:00Z", "timeFrame": "current"}}]}""";
    private const string Batch = """{"count": 1, "value": [{"id": 42, "rev": 2, "fields": {"System.Title": "Save carts", "System.State": "New", "System.IterationPath": "Shop\\Sprint 2", "Microsoft.VSTS.Common.StackRank": 10.5}}]}""";
    private const string Updates = """{"count": 1, "value": [{"id": 2, "workItemId": 42, "rev": 2, "revisedBy": {"displayName": "Sam Sales"}, "fields": {"System.ChangedDate": {"newValue": "2024-03-20T10:00:00Z"}, "System.IterationPath": {"oldValue": "Shop", "newValue": "Shop\\Sprint 2"}}}]}""";

    private static Reply Ado(Request r) => r.PathAndQuery switch
    {
        var p when p.StartsWith("/org/Shop/Team%20A/_apis/work/teamsettings/iterations", StringComparison.Ordinal) => new Reply(200, Iterations),
        var p when p.StartsWith("/org/Shop/_apis/wit/wiql", StringComparison.Ordinal) && r.Method == "POST" => new Reply(200, """{"queryType": "flat", "workItems": [{"id": 42, "url": "x"}]}"""),
        var p when p.StartsWith("/org/Shop/_apis/wit/workitemsbatch", StringComparison.Ordinal) && r.Body.Contains("42", StringComparison.Ordinal) => new Reply(200, Batch),
        var p when p.StartsWith("/org/Shop/_apis/wit/workItems/42/updates", StringComparison.Ordinal) => new Reply(200, Updates),
        _ => new Reply(404, "{}"),
    };

    [Fact]
    public async Task Ado_runs_wiql_then_the_batch_then_each_items_updates()
    {
        await using var server = new LocalServer(Ado);
        using var http = new HttpClient();
        var options = new AdoConnectorOptions
        {
            Organization = new Uri(server.BaseUri, "org"),
            Project = "Shop",
            Team = "Team A",
            Pat = "pat-value",
            BaseDelay = TimeSpan.FromMilliseconds(10),
        };

        var history = await new AdoConnector(http, options).LoadAsync();

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Items.ShouldHaveSingleItem().Title.ShouldBe("Save carts");
        var added = history.Events.ShouldHaveSingleItem();
        (added.Kind, added.Actor, added.SprintId).ShouldBe((ItemEventKind.AddedToSprint, "Sam Sales", "Shop\\Sprint 2"));
        history.Sprints.ShouldHaveSingleItem().Inferred.ShouldBeFalse();
        var basic = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(":pat-value"));
        server.Requests.ShouldAllBe(r => r.Authorization == basic);
    }

    [Fact]
    public async Task GitHub_follows_link_headers_and_reads_each_issues_timeline()
    {
        LocalServer? self = null;
        await using var server = new LocalServer(r =>
        {
            var next = new Dictionary<string, string> { ["Link"] = $"<{self!.BaseUri}repos/o/r/issues?state=all&page=2>; rel=\"next\", <{self.BaseUri}repos/o/r/issues?page=2>; rel=\"last\"" };
            return r.PathAndQuery switch
            {
                var p when p.StartsWith("/repos/o/r/milestones", StringComparison.Ordinal) =>
                    new Reply(200, """[{"node_id": "M1", "number": 1, "title": "Sprint 1", "state": "open", "open_issues": 1, "due_on": null}]"""),
                var p when p.StartsWith("/repos/o/r/issues?state=all&page=2", StringComparison.Ordinal) =>
                    new Reply(200, """[{"node_id": "I2", "number": 2, "title": "Second", "state": "open", "created_at": "2024-03-02T00:00:00Z"}]"""),
                var p when p.StartsWith("/repos/o/r/issues?", StringComparison.Ordinal) =>
                    new Reply(200, """[{"node_id": "I1", "number": 1, "title": "First", "state": "open", "created_at": "2024-03-01T00:00:00Z"}, {"node_id": "P", "number": 3, "title": "PR", "state": "open", "pull_request": {}}]""", Headers: next),
                var p when p.StartsWith("/repos/o/r/issues/1/timeline", StringComparison.Ordinal) =>
                    new Reply(200, """[{"node_id": "E", "event": "milestoned", "actor": {"login": "pat"}, "created_at": "2024-03-05T00:00:00Z", "milestone": {"title": "Sprint 1"}}]"""),
                var p when p.StartsWith("/repos/o/r/issues/2/timeline", StringComparison.Ordinal) => new Reply(200, "[]"),
                _ => new Reply(404, """{"message": "Not Found"}"""),
            };
        });
        self = server;
        using var http = new HttpClient();
        var options = new GitHubConnectorOptions { Repository = "o/r", Token = "ghp_x", ApiBase = server.BaseUri, BaseDelay = TimeSpan.FromMilliseconds(10) };

        var history = await new GitHubConnector(http, options).LoadAsync();

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Items.Select(i => i.Id).ShouldBe(["1", "2"]);
        var added = history.Events.Single(e => e.Kind == ItemEventKind.AddedToSprint);
        (added.ItemId, added.Actor).ShouldBe(("1", "pat"));
        server.Requests.ShouldNotContain(r => r.PathAndQuery.Contains("issues/3/timeline", StringComparison.Ordinal));
        server.Requests.ShouldAllBe(r => r.Authorization == "Bearer ghp_x");
    }

    [Fact]
    public async Task GitHub_rate_limit_403_with_no_requests_left_is_retried()
    {
        var calls = 0;
        await using var server = new LocalServer(r => r.PathAndQuery.StartsWith("/repos/o/r/milestones", StringComparison.Ordinal) && Interlocked.Increment(ref calls) == 1
            ? new Reply(403, """{"message": "API rate limit exceeded"}""", Headers: new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["Retry-After"] = "0" })
            : new Reply(200, "[]"));
        using var http = new HttpClient();
        var options = new GitHubConnectorOptions { Repository = "o/r", ApiBase = server.BaseUri, BaseDelay = TimeSpan.FromMilliseconds(10) };

        var history = await new GitHubConnector(http, options).LoadAsync();

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        calls.ShouldBe(2);
    }
}
