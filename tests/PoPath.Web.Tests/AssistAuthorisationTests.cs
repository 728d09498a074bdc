using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary>The assistance pages and endpoints keep workspaces apart, also by guessed set numbers and entry ids, and only owners upload or accept.</summary>
public sealed class AssistAuthorisationTests(AssistTeams teams) : IClassFixture<AssistTeams>
{
    public static TheoryData<string> Pages => new()
    {
        "/w/{0}/feedback", "/w/{0}/feedback/themes", "/w/{0}/feedback/themes?set=1", "/w/{0}/feedback/themes?set=1&snapshot=1&k=3",
        "/w/{0}/feedback/summary", "/w/{0}/feedback/summary?set=1&sentences=3", "/w/{0}/feedback/options?set=1&theme=1", "/w/{0}/feedback/options?goal=euro",
        "/w/{0}/feedback/1/entry?id=F-1", "/w/{0}/feedback/1/entries", "/w/{0}/acceptance", "/w/{0}/acceptance?snapshot=1&item=0",
        "/w/{0}/brief", "/w/{0}/brief?requester=Ana",
    };

    public static TheoryData<string> ApiReads => new()
    {
        "/api/workspaces/{0}/feedback", "/api/workspaces/{0}/feedback/latest/themes", "/api/workspaces/{0}/feedback/1/themes?snapshot=1&k=3",
        "/api/workspaces/{0}/feedback/1/summary?sentences=3", "/api/workspaces/{0}/snapshots/latest/acceptance", "/api/workspaces/{0}/snapshots/1/acceptance?top=2",
        "/api/workspaces/{0}/snapshots/latest/brief?requester=Ana",
    };

    private static readonly string[] TeamAUsers = ["owner.a@example.com", "manager.a@example.com", "viewer.a@example.com"];

    private static string For(string pattern, string workspace) => string.Format(CultureInfo.InvariantCulture, pattern, workspace);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_member_of_team_a_may_open_the_page_in_team_a_and_gets_404_in_team_b(string page)
    {
        foreach (var email in TeamAUsers)
        {
            using var client = await teams.App.SignedInAsync(email);
            (await client.GetAsync(For(page, "team-a"))).StatusCode.ShouldBe(HttpStatusCode.OK, $"{email} {page}");
            var response = await client.GetAsync(For(page, "team-b"));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{email} {page}");
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("<h1>Not found</h1>");
            html.ShouldNotContain("Team B secret");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Signed_out_visitors_are_sent_to_sign_in(string page)
    {
        using var client = teams.App.Anonymous();
        var response = await client.GetAsync(For(page, "team-a"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [InlineData("/w/team-a/feedback/themes?set=2")]
    [InlineData("/w/team-a/feedback/themes?set=1&snapshot=9")]
    [InlineData("/w/team-a/feedback/summary?set=7")]
    [InlineData("/w/team-a/feedback/options?set=3&theme=1")]
    [InlineData("/w/team-a/feedback/2/entry?id=F-1")]
    [InlineData("/w/team-a/feedback/1/entry?id=F-99")]
    [InlineData("/w/team-a/feedback/1/entry")]
    [InlineData("/w/team-a/feedback/5/entries")]
    [InlineData("/w/team-a/acceptance?snapshot=4")]
    [InlineData("/w/team-a/acceptance?item=17")]
    [InlineData("/w/team-a/brief?snapshot=2&requester=Ana")]
    [InlineData("/w/team-zz/feedback/1/entry?id=F-1")]
    public async Task Guessed_set_numbers_snapshots_and_entry_ids_answer_404(string page)
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var response = await client.GetAsync(page);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Team B secret");
    }

    [Theory]
    [MemberData(nameof(ApiReads))]
    public async Task The_api_answers_404_problem_details_for_team_b_with_a_token_and_with_the_cookie(string path)
    {
        using var byToken = teams.App.WithToken(await teams.App.TokenAsync(teams.OwnerA));
        using var byCookie = await teams.App.SignedInAsync("viewer.a@example.com");
        foreach (var client in new[] { byToken, byCookie })
        {
            var response = await client.GetAsync(For(path, "team-b"));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Team B secret");
            (await client.GetAsync(For(path, "team-a"))).StatusCode.ShouldBe(HttpStatusCode.OK, "the same path works for the caller's own workspace");
        }

        using var none = teams.App.Anonymous();
        (await none.GetAsync(For(path, "team-a"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/workspaces/team-a/feedback/9/themes", HttpStatusCode.NotFound)]
    [InlineData("/api/workspaces/team-a/feedback/x/themes", HttpStatusCode.BadRequest)]
    [InlineData("/api/workspaces/team-a/feedback/1/themes?k=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/workspaces/team-a/feedback/1/summary?sentences=51", HttpStatusCode.BadRequest)]
    [InlineData("/api/workspaces/team-a/snapshots/3/acceptance", HttpStatusCode.NotFound)]
    [InlineData("/api/workspaces/team-a/snapshots/latest/acceptance?top=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/workspaces/team-a/snapshots/latest/brief", HttpStatusCode.BadRequest)]
    public async Task Bad_or_guessed_api_arguments_are_problem_details(string path, HttpStatusCode status)
    {
        using var client = teams.App.WithToken(await teams.App.TokenAsync(teams.ViewerA));
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("viewer.a@example.com")]
    [InlineData("manager.a@example.com")]
    public async Task A_viewer_or_manager_posting_the_upload_form_gets_403_and_nothing_is_written(string email)
    {
        using var client = await teams.App.SignedInAsync(email);
        var page = await client.GetStringAsync("/w/team-a/feedback");
        page.ShouldNotContain("Upload feedback");
        var before = await SetsAsync(teams.A.Id);
        var response = await TestApp.PostFormAsync(client, "/w/team-a/feedback", "feedback-import", [],
            file: new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(AssistData.Feedback)));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await SetsAsync(teams.A.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task An_owner_of_team_a_posting_feedback_to_team_b_writes_nothing()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var before = await SetsAsync(teams.B.Id);
        var response = await TestApp.PostFormAsync(client, "/w/team-a/feedback", "feedback-import", [], action: "/w/team-b/feedback",
            file: new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(AssistData.Feedback)));
        ((int)response.StatusCode).ShouldBeOneOf(400, 404);
        (await SetsAsync(teams.B.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task Accepting_an_option_is_for_owners_of_the_workspace_only()
    {
        var fields = new Dictionary<string, string> { ["set"] = "1", ["theme"] = "1", ["seed"] = "42", ["option"] = "0", ["title"] = "Injected" };
        using var viewer = await teams.App.SignedInAsync("viewer.a@example.com");
        (await TestApp.PostFormAsync(viewer, "/w/team-a/feedback/options?set=1&theme=1", null, fields, action: "/w/team-a/feedback/options.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var owner = await teams.App.SignedInAsync("owner.a@example.com");
        (await TestApp.PostFormAsync(owner, "/w/team-a/feedback/options?set=1&theme=1", null, fields, action: "/w/team-b/feedback/options.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var forged = await owner.PostAsync("/w/team-a/feedback/options.csv", new FormUrlEncodedContent(fields));
        forged.IsSuccessStatusCode.ShouldBeFalse("no anti-forgery token");
        forged.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/csv");
        using var other = await teams.App.SignedInAsync("owner.b@example.com");
        (await other.GetAsync("/w/team-a/brief.md?requester=Ana")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<int> SetsAsync(long workspaceId) => teams.App.WithDbAsync(db => db.FeedbackSets.CountAsync(s => s.WorkspaceId == workspaceId));
}
