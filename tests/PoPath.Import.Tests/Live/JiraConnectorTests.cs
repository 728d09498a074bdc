using System.Text.Json;
using PoPath.Core.History;
using PoPath.Import.Live;
using PoPath.Testing;
using static PoPath.Testing.LocalServer;

namespace PoPath.Import.Tests.Live;

public sealed class JiraConnectorTests
{
    private const string Token = "s3cret-token-value";

    private const string Fields = """
        [{"id": "customfield_40001", "name": "Sprint", "custom": true, "schema": {"type": "array", "custom": "com.pyxis.greenhopper.jira:gh-sprint"}},
         {"id": "customfield_40002", "name": "Rank", "custom": true, "schema": {"type": "any", "custom": "com.pyxis.greenhopper.jira:gh-lexo-rank"}}]
        """;

    private static string Issue(int n) => $$$"""
        {"id": "{{{1000 + n}}}", "key": "WEB-{{{n}}}", "fields": {"summary": "Story {{{n}}}", "created": "2024-03-0{{{n}}}T09:00:00.000+0000", "customfield_40002": "0|i0000{{{n}}}:"},
         "changelog": {"startAt": 0, "maxResults": 0, "total": 5, "histories": []}}
        """;

    private static string Changelog(int n, bool last, int startAt) => $$"""
        {"startAt": {{startAt}}, "maxResults": 1, "total": 2, "isLast": {{(last ? "true" : "false")}}, "values": [
          {"id": "{{n}}{{startAt}}", "author": {"displayName": "Pat PO"}, "created": "2024-03-1{{startAt}}T09:00:00.000+0000",
           "items": [{"field": "{{(startAt == 0 ? "Sprint" : "Rank")}}", "fieldId": "{{(startAt == 0 ? "customfield_40001" : "customfield_40002")}}", "from": "", "to": "{{(startAt == 0 ? "5" : "")}}", "toString": "{{(startAt == 0 ? "Sprint 5" : "Ranked higher")}}"}]}
        ]}
        """;

    private static Reply Route(Request r)
    {
        var path = r.PathAndQuery;
        if (path.StartsWith("/rest/api/3/field", StringComparison.Ordinal))
        {
            return new Reply(200, Fields);
        }

        if (path.StartsWith("/rest/api/3/search/jql", StringComparison.Ordinal))
        {
            return path.Contains("nextPageToken=p2", StringComparison.Ordinal)
                ? new Reply(200, $$"""{"issues": [{{Issue(2)}}], "isLast": true}""")
                : new Reply(200, $$"""{"issues": [{{Issue(1)}}], "nextPageToken": "p2"}""");
        }

        if (path.StartsWith("/rest/api/3/issue/WEB-", StringComparison.Ordinal))
        {
            var n = path["/rest/api/3/issue/WEB-".Length] - '0';
            var start = path.Contains("startAt=1", StringComparison.Ordinal) ? 1 : 0;
            return new Reply(200, Changelog(n, start == 1, start));
        }

        if (path.StartsWith("/rest/agile/1.0/board/9/sprint", StringComparison.Ordinal))
        {
            return new Reply(200, """{"isLast": true, "values": [{"id": 5, "name": "Sprint 5", "state": "active", "startDate": "2024-03-04T00:00:00.000Z", "endDate": "2024-03-18T00:00:00.000Z"}]}""");
        }

        return new Reply(404, """{"errorMessages": ["no route"]}""");
    }

    private static JiraConnectorOptions Options(Uri site) => new()
    {
        Site = site,
        Jql = "project = WEB ORDER BY Rank",
        Token = Token,
        Email = "po@example.com",
        BoardId = 9,
        PageSize = 1,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetries = 3,
    };

    [Fact]
    public async Task Pages_search_by_token_and_reads_every_full_changelog_into_the_same_history_as_files()
    {
        await using var server = new LocalServer(Route);
        using var http = new HttpClient();

        var history = await new JiraConnector(http, Options(server.BaseUri)).LoadAsync();

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Items.Select(i => i.Id).ShouldBe(["WEB-1", "WEB-2"]);
        history.Sprints.ShouldHaveSingleItem().State.ShouldBe(SprintState.Active);
        history.Events.Where(e => e.ItemId == "WEB-2").Select(e => (e.Kind, e.SprintId, e.Direction)).ShouldBe([
            (ItemEventKind.Created, null, null),
            (ItemEventKind.AddedToSprint, "5", null),
            (ItemEventKind.RankMoved, null, RankDirection.Up),
        ]);
        // The embedded changelog said 0 of 5: the connector read the full one, so the warning is about search results only.
        server.Requests.Count(r => r.PathAndQuery.Contains("/changelog", StringComparison.Ordinal)).ShouldBe(4);
        server.Requests.ShouldAllBe(r => r.Authorization != null && r.Authorization.StartsWith("Basic ", StringComparison.Ordinal));
        server.Requests.ShouldAllBe(r => !r.PathAndQuery.Contains(Token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(401, "401 Unauthorized")]
    [InlineData(403, "403 Forbidden")]
    [InlineData(404, "404 Not Found")]
    public async Task Http_errors_are_one_clear_error_and_no_partial_import(int status, string message)
    {
        await using var server = new LocalServer(r => r.PathAndQuery.StartsWith("/rest/api/3/search", StringComparison.Ordinal)
            ? new Reply(status, """{"errorMessages": ["nope"]}""")
            : Route(r));
        using var http = new HttpClient();

        var history = await new JiraConnector(http, Options(server.BaseUri)).LoadAsync();

        history.Failed.ShouldBeTrue();
        (history.Items.Count, history.Sprints.Count, history.Events.Count).ShouldBe((0, 0, 0));
        var error = history.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldStartWith(message);
        error.Location.File.ShouldBe($"GET {server.BaseUri}rest/api/3/search/jql");
        error.ToString().ShouldNotContain(Token);
    }

    [Fact]
    public async Task Waits_as_long_as_retry_after_says_on_429_then_goes_on()
    {
        var calls = 0;
        await using var server = new LocalServer(r =>
            r.PathAndQuery.StartsWith("/rest/api/3/field", StringComparison.Ordinal) && Interlocked.Increment(ref calls) == 1
                ? new Reply(429, """{"errorMessages": ["slow down"]}""", Headers: new Dictionary<string, string> { ["Retry-After"] = "1" })
                : Route(r));
        using var http = new HttpClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var history = await new JiraConnector(http, Options(server.BaseUri)).LoadAsync();

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        calls.ShouldBe(2);
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Gives_up_on_a_server_that_keeps_failing_with_5xx()
    {
        await using var server = new LocalServer(_ => new Reply(503, "unavailable", "text/plain"));
        using var http = new HttpClient();

        var history = await new JiraConnector(http, Options(server.BaseUri)).LoadAsync();

        history.Failed.ShouldBeTrue();
        history.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("503");
        server.Requests.Count.ShouldBe(4); // one try and three retries
    }

    [Fact]
    public async Task An_html_login_page_instead_of_json_is_named_as_such()
    {
        await using var server = new LocalServer(_ => new Reply(200, "<!DOCTYPE html><html><body>Log in</body></html>", "text/html"));
        using var http = new HttpClient();

        var history = await new JiraConnector(http, Options(server.BaseUri)).LoadAsync();

        history.Failed.ShouldBeTrue();
        history.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("expected JSON but got an HTML page");
    }

    [Fact]
    public async Task Data_center_pages_by_start_at_with_a_bearer_token()
    {
        await using var server = new LocalServer(r =>
        {
            var path = r.PathAndQuery.Replace("/rest/api/2/", "/rest/api/3/", StringComparison.Ordinal);
            if (path.StartsWith("/rest/api/3/search", StringComparison.Ordinal))
            {
                return path.Contains("startAt=1", StringComparison.Ordinal)
                    ? new Reply(200, $$"""{"startAt": 1, "total": 2, "issues": [{{Issue(2)}}]}""")
                    : new Reply(200, $$"""{"startAt": 0, "total": 2, "issues": [{{Issue(1)}}]}""");
            }

            return Route(r with { PathAndQuery = path });
        });
        using var http = new HttpClient();

        var history = await new JiraConnector(http, Options(server.BaseUri) with { Deployment = JiraDeployment.DataCenter, Email = null }).LoadAsync();

        history.Failed.ShouldBeFalse(string.Join("\n", history.Diagnostics));
        history.Items.Count.ShouldBe(2);
        server.Requests.ShouldAllBe(r => r.Authorization == $"Bearer {Token}");
        server.Requests.ShouldContain(r => r.PathAndQuery.StartsWith("/rest/api/2/search?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancellation_stops_the_import()
    {
        await using var server = new LocalServer(Route);
        using var http = new HttpClient();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => new JiraConnector(http, Options(server.BaseUri)).LoadAsync(cancel.Token));
    }

    [Fact]
    public void Changelog_fixture_is_valid_json() => JsonDocument.Parse(Changelog(1, true, 1)).RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
}
