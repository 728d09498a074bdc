using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary>Every page and endpoint keeps workspaces apart: a member of team-a can neither read nor change team-b, also by guessing names and numbers.</summary>
public sealed partial class AuthorisationTests(TwoTeams teams) : IClassFixture<TwoTeams>
{
    public static TheoryData<string> WorkspacePages => new()
    {
        "/w/{0}", "/w/{0}/board", "/w/{0}/board?snapshot=1", "/w/{0}/board?element=trade_off&status=missing", "/w/{0}/items/0", "/w/{0}/items/0?snapshot=1",
        "/w/{0}/items/2", "/w/{0}/import", "/w/{0}/members", "/w/{0}/diff", "/w/{0}/connectors", "/w/{0}/signals", "/w/{0}/route",
    };

    public static TheoryData<string> ApiReads => new()
    {
        "/api/workspaces/{0}/snapshots", "/api/workspaces/{0}/snapshots/latest/items", "/api/workspaces/{0}/snapshots/1/items",
        "/api/workspaces/{0}/snapshots/1/items?element=trade_off&status=missing", "/api/workspaces/{0}/snapshots/1/items/0", "/api/workspaces/{0}/snapshots/latest/items/2",
    };

    private static readonly string[] TeamAUsers = ["owner.a@example.com", "manager.a@example.com", "viewer.a@example.com"];

    [Theory]
    [MemberData(nameof(WorkspacePages))]
    public async Task A_member_of_team_a_gets_404_for_every_page_of_team_b(string page)
    {
        foreach (var email in TeamAUsers)
        {
            using var client = await teams.App.SignedInAsync(email);
            var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "team-b"));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{email} {page}");
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("<h1>Not found</h1>");
            html.ShouldNotContain("Team B secret item");
        }
    }

    [Theory]
    [MemberData(nameof(WorkspacePages))]
    public async Task A_guessed_workspace_name_answers_exactly_like_a_foreign_one(string page)
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var foreign = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "team-b"));
        var unknown = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "team-zz"));
        unknown.StatusCode.ShouldBe(foreign.StatusCode);

        // Equal but for the name and the sign-out form's anti-forgery token, which differs on every response.
        static string Normal(string html, string name) => AntiforgeryValue().Replace(html, "").Replace(name, "X", StringComparison.Ordinal);
        Normal(await unknown.Content.ReadAsStringAsync(), "team-zz").ShouldBe(Normal(await foreign.Content.ReadAsStringAsync(), "team-b"));
    }

    [Theory]
    [MemberData(nameof(WorkspacePages))]
    public async Task Signed_out_visitors_are_sent_to_sign_in(string page)
    {
        using var client = teams.App.Anonymous();
        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "team-a"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [MemberData(nameof(ApiReads))]
    public async Task The_api_answers_404_problem_details_for_team_b_with_a_token_and_with_the_cookie(string path)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "team-b");
        using var byToken = teams.App.WithToken(await teams.App.TokenAsync(teams.OwnerA));
        using var byCookie = await teams.App.SignedInAsync("viewer.a@example.com");
        foreach (var client in new[] { byToken, byCookie })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Team B secret item");
        }

        var own = await byToken.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "team-a"));
        own.StatusCode.ShouldBe(HttpStatusCode.OK, "the same path works for the caller's own workspace");
    }

    [Theory]
    [MemberData(nameof(ApiReads))]
    public async Task The_api_answers_401_without_credentials_or_with_a_made_up_token(string path)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "team-a");
        using var none = teams.App.Anonymous();
        (await none.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var fake = teams.App.WithToken("pp_" + new string('A', 43));
        (await fake.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_workspace_list_holds_only_the_callers_workspaces()
    {
        using var client = teams.App.WithToken(await teams.App.TokenAsync(teams.ViewerA));
        var body = await client.GetStringAsync("/api/workspaces");
        body.ShouldContain("\"team-a\"");
        body.ShouldNotContain("team-b");

        using var page = await teams.App.SignedInAsync("viewer.a@example.com");
        (await page.GetStringAsync("/")).ShouldNotContain("team-b");
    }

    [Fact]
    public async Task A_team_a_token_can_neither_import_into_nor_answer_for_team_b()
    {
        using var client = teams.App.WithToken(await teams.App.TokenAsync(teams.OwnerA));
        var before = await SnapshotsAsync(teams.B.Id);
        (await client.PostAsync("/api/workspaces/team-b/snapshots", Csv.Upload(Csv.Backlog))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PutAsJsonAsync("/api/workspaces/team-b/answers/SHOP-2", new Dictionary<string, string> { ["trade_off"] = "injected" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SnapshotsAsync(teams.B.Id)).ShouldBe(before);
        (await AnswersAsync(teams.B.Id)).ShouldBe(0);
    }

    [Theory]
    [InlineData("manager.a@example.com")]
    [InlineData("viewer.a@example.com")]
    public async Task Managers_and_viewers_may_not_import_or_answer_through_the_api(string email)
    {
        var id = email.StartsWith("manager", StringComparison.Ordinal) ? teams.ManagerA : teams.ViewerA;
        using var client = teams.App.WithToken(await teams.App.TokenAsync(id));
        var before = await SnapshotsAsync(teams.A.Id);
        (await client.PostAsync("/api/workspaces/team-a/snapshots", Csv.Upload(Csv.Backlog))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PutAsJsonAsync("/api/workspaces/team-a/answers/SHOP-2", new Dictionary<string, string> { ["trade_off"] = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SnapshotsAsync(teams.A.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task Api_writes_refuse_the_sign_in_cookie_so_no_other_site_can_make_them()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        (await client.PostAsync("/api/workspaces/team-a/snapshots", Csv.Upload(Csv.Backlog))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_viewer_posting_the_import_form_gets_403_and_nothing_is_written()
    {
        using var owner = await teams.App.SignedInAsync("owner.a@example.com");
        using var viewer = await teams.App.SignedInAsync("viewer.a@example.com");
        var before = await SnapshotsAsync(teams.A.Id);

        // The viewer borrows a real anti-forgery token from a page they may open, and posts the owner's form.
        var response = await TestApp.PostFormAsync(viewer, "/", "import", new() { ["Input.Format"] = "auto" }, action: "/w/team-a/import",
            file: new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csv.Backlog)));
        ((int)response.StatusCode).ShouldBeOneOf([400, 403], await response.Content.ReadAsStringAsync());
        (await SnapshotsAsync(teams.A.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task An_owner_of_team_a_posting_answers_to_a_team_b_item_changes_nothing()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var response = await TestApp.PostFormAsync(client, "/w/team-a/items/1", "answers", new() { ["Input.TradeOff"] = "injected" }, action: "/w/team-b/items/1");
        ((int)response.StatusCode).ShouldBeOneOf(400, 404);
        (await AnswersAsync(teams.B.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Forms_without_the_anti_forgery_token_are_refused()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var response = await client.PostAsync("/w/team-a/items/1", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "answers", ["Input.TradeOff"] = "forged" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AnswersAsync(teams.A.Id)).ShouldBe(0);
    }

    [Theory]
    [InlineData("/w/team-a/import")]
    [InlineData("/w/team-a/members")]
    [InlineData("/w/team-a/connectors")]
    public async Task Owner_only_pages_answer_403_to_managers_and_viewers_and_200_to_the_owner(string page)
    {
        foreach (var email in new[] { "manager.a@example.com", "viewer.a@example.com" })
        {
            using var client = await teams.App.SignedInAsync(email);
            var response = await client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("owners may open this page");
            html.ShouldNotContain("<form method=\"post\" enctype");
        }

        using var owner = await teams.App.SignedInAsync("owner.a@example.com");
        (await owner.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_sees_every_workspace()
    {
        await teams.App.UserAsync("admin@example.com", administrator: true);
        using var client = await teams.App.SignedInAsync("admin@example.com");
        var home = await client.GetStringAsync("/");
        home.ShouldContain("team-a");
        home.ShouldContain("team-b");
        (await client.GetAsync("/w/team-b/board")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private Task<int> SnapshotsAsync(long workspaceId) => teams.App.WithDbAsync(db => db.Snapshots.CountAsync(s => s.WorkspaceId == workspaceId));

    private Task<int> AnswersAsync(long workspaceId) => teams.App.WithDbAsync(db => db.PoAnswers.CountAsync(a => a.WorkspaceId == workspaceId));

    [System.Text.RegularExpressions.GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryValue();
}
