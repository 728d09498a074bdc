using System.Net;
using System.Text.Json;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary><c>POST …/summary/rephrase</c>, <c>…/options/rephrase</c> and <c>…/brief/rephrase</c>: the CLI's JSON, owners with a personal token only, 404 when the server has no model.</summary>
public sealed class RephraseApiTests
{
    private const string Path = "/api/workspaces/shop/feedback/1/summary/rephrase?k=3&sentences=3";

    [Fact]
    public async Task An_owner_with_a_token_gets_the_summary_and_the_cli_rephrase_object()
    {
        await using var rig = await ModelRig.StartAsync(ev => $"{ev[0].Text.TrimEnd('.')} [{ev[0].Id}]. Customers love the product overall.");
        using var client = rig.App.WithToken(await rig.App.TokenAsync(await OwnerIdAsync(rig.App)));

        var response = await client.PostAsync(Path, null);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var doc = JsonDocument.Parse(body);
        doc.RootElement.GetProperty("sentences").GetArrayLength().ShouldBe(3);
        var r = doc.RootElement.GetProperty("rephrase");
        r.GetProperty("status").GetString().ShouldBe("ok");
        r.GetProperty("model").GetString().ShouldBe("stub-model");
        r.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("verdict").GetString()).ShouldBe(["supported", "uncited"]);
        r.GetProperty("counts").GetProperty("unknown_id").GetInt32().ShouldBe(0);
        r.GetProperty("evidence")[0].GetProperty("source").GetString()!.ShouldStartWith("entry F-");
        r.GetProperty("evidence_omitted").GetInt32().ShouldBe(0);
        rig.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Options_and_a_brief_are_rephrased_too_with_their_own_json_beside_the_rephrase_object()
    {
        await using var rig = await ModelRig.StartAsync(ev => $"{ev[0].Text.TrimEnd('.')} [{ev[0].Id}]. Everyone wants this [Z9].");
        using var client = rig.App.WithToken(await rig.App.TokenAsync(await OwnerIdAsync(rig.App)));

        var options = await client.PostAsync("/api/workspaces/shop/feedback/1/options/rephrase?k=3&theme=1", null);
        var body = await options.Content.ReadAsStringAsync();
        options.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using (var doc = JsonDocument.Parse(body))
        {
            doc.RootElement.GetProperty("note").GetString().ShouldBe("drafts only: nothing was written to the backlog");
            doc.RootElement.GetProperty("options").GetArrayLength().ShouldBeInRange(2, 3);
            var r = doc.RootElement.GetProperty("rephrase");
            var verdicts = r.GetProperty("sentences").EnumerateArray().Select(x => x.GetProperty("verdict").GetString()).ToList();
            verdicts.ShouldContain("supported");
            verdicts[^1].ShouldBe("unknown-id", "the sentence citing Z9 is marked");
        }

        var brief = await client.PostAsync("/api/workspaces/shop/snapshots/latest/brief/rephrase?requester=Ana", null);
        body = await brief.Content.ReadAsStringAsync();
        brief.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using (var doc = JsonDocument.Parse(body))
        {
            doc.RootElement.GetProperty("requests").GetArrayLength().ShouldBeGreaterThan(0);
            doc.RootElement.GetProperty("rephrase").GetProperty("status").GetString().ShouldBe("ok");
        }

        rig.Server.Requests.Count.ShouldBe(2);
        (await client.PostAsync("/api/workspaces/shop/feedback/1/options/rephrase?k=3", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsync("/api/workspaces/shop/snapshots/latest/brief/rephrase", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        rig.Server.Requests.Count.ShouldBe(2, "a bad request sends nothing");
    }

    [Fact]
    public async Task A_viewer_token_or_the_cookie_is_refused_and_nothing_is_sent()
    {
        await using var rig = await ModelRig.StartAsync(ev => $"{ev[0].Text} [{ev[0].Id}]");
        var viewerId = await rig.App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "viewer@example.com").Id));
        using var viewer = rig.App.WithToken(await rig.App.TokenAsync(viewerId));
        using var cookie = await rig.App.SignedInAsync("owner@example.com");

        (await viewer.PostAsync(Path, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await cookie.PostAsync(Path, null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "writes take a personal token, never the cookie");
        rig.Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_settings_the_endpoint_answers_404_problem_details()
    {
        await using var app = new TestApp();
        await ModelRig.SeedAsync(app);
        using var client = app.WithToken(await app.TokenAsync(await OwnerIdAsync(app)));

        var response = await client.PostAsync(Path, null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("no generative step");
    }

    private static Task<long> OwnerIdAsync(TestApp app) =>
        app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "owner@example.com").Id));
}
