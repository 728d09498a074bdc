using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PoPath.Import;
using PoPath.Web.Tests.Support;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests;

/// <summary>The assistance pages show their evidence: quotes with entry ids that link to the entry, item links, inert payloads, downloads that mirror the CLI.</summary>
public sealed partial class AssistPageTests(AssistTeams teams) : IClassFixture<AssistTeams>
{
    [Fact]
    public async Task The_themes_page_shows_each_theme_with_three_quotes_linking_to_their_entries_and_the_items_that_address_it()
    {
        using var client = await teams.App.SignedInAsync("viewer.a@example.com");
        var html = await client.GetStringAsync("/w/team-a/feedback/themes?k=3");
        Regex.Count(html, "<section class=\"theme\"").ShouldBe(3);
        var quoteLinks = EntryLink().Matches(html);
        quoteLinks.Count.ShouldBe(9, "three quotes for each of the three themes");
        html.ShouldContain("href=\"/w/team-a/items/0?snapshot=1\"", customMessage: "AS-1 addresses the password theme and links to its item page");
        html.ShouldContain("Themes no backlog item addresses (1)");
        html.ShouldContain("No backlog item addresses this theme.");

        // A quote is one click from its entry's full text, source, date and segment.
        var href = WebUtility.HtmlDecode(quoteLinks[0].Groups[1].Value);
        var id = quoteLinks[0].Groups[2].Value;
        var entry = await client.GetAsync(href);
        entry.StatusCode.ShouldBe(HttpStatusCode.OK, href);
        var text = await entry.Content.ReadAsStringAsync();
        text.ShouldContain($"Feedback entry <span class=\"id\">{id}</span>");
        text.ShouldContain("<dt>Segment</dt>");
        text.ShouldContain("feedback.csv:");
    }

    [Fact]
    public async Task Themes_are_computed_once_and_then_served_from_the_cache()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var cache = teams.App.Services.GetRequiredService<InsightsCache>();
        await client.GetStringAsync("/w/team-a/feedback/themes?seed=7");
        var computed = cache.Computed;
        var again = await client.GetStringAsync("/w/team-a/feedback/themes?seed=7");
        cache.Computed.ShouldBe(computed);
        again.ShouldContain("Seed 7");
        await client.GetStringAsync("/w/team-a/feedback/themes?seed=8");
        cache.Computed.ShouldBeGreaterThan(computed, "another seed is another result");
    }

    [Fact]
    public async Task Html_and_script_payloads_in_feedback_text_are_shown_as_inert_text_on_every_page()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        foreach (var url in new[] { "/w/team-a/feedback/themes?k=3", "/w/team-a/feedback/summary?k=3&sentences=20", "/w/team-a/feedback/1/entry?id=F-7", "/w/team-a/feedback/1/entries" })
        {
            var html = await client.GetStringAsync(url);
            html.ShouldNotContain("<script>window.__pwned", customMessage: url);
            html.ShouldNotContain("<img src=x", customMessage: url);
            html.ShouldNotContain("<b>bold</b>", customMessage: url);
            if (!url.Contains("themes", StringComparison.Ordinal))
            {
                // F-7 is no quote of the themes page (its three quotes are the entries nearest the centre), so only its id is there.
                html.ShouldContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;", customMessage: url);
            }
        }
    }

    [Fact]
    public async Task The_summary_quotes_every_sentence_with_its_entry_link()
    {
        using var client = await teams.App.SignedInAsync("manager.a@example.com");
        var html = await client.GetStringAsync("/w/team-a/feedback/summary?k=3&sentences=4");
        EntryLink().Count(html).ShouldBe(4);
        html.ShouldContain("quoted verbatim");
    }

    [Fact]
    public async Task An_owner_uploads_feedback_and_a_file_without_text_writes_nothing_and_says_why()
    {
        await using var app = new TestApp();
        var owner = await app.UserAsync("po@example.com");
        await app.WorkspaceAsync("shop", owner, AssistData.Backlog);
        using var client = await app.SignedInAsync("po@example.com");

        var bad = await TestApp.PostFormAsync(client, "/w/shop/feedback", "feedback-import", [], file: new ByteArrayContent("id,channel\n1,email\n"u8.ToArray()));
        var badHtml = await bad.Content.ReadAsStringAsync();
        badHtml.ShouldContain("no feedback entries could be read; nothing was written");
        badHtml.ShouldContain("No feedback yet.");

        var csv = AssistData.Feedback + "\nF-19,,email,2026-03-19,SMB\n";
        var ok = await TestApp.PostFormAsync(client, "/w/shop/feedback", "feedback-import", [], file: new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)));
        var html = await ok.Content.ReadAsStringAsync();
        html.ShouldContain("Imported feedback set 1: 18 entries, 1 rows skipped.");
        html.ShouldContain("backlog.csv:2", customMessage: "the skipped row is named by file and line");
        (await client.GetStringAsync("/w/shop/feedback")).ShouldContain("<td>18</td>");

        // The upload started the default themes in the background: the first view finds them computed.
        await app.Services.GetRequiredService<ThemeWarmer>().WhenIdle();
        var cache = app.Services.GetRequiredService<InsightsCache>();
        var computed = cache.Computed;
        (await client.GetStringAsync("/w/shop/feedback/themes")).ShouldContain("Theme 1");
        cache.Computed.ShouldBe(computed, "feedback, snapshot and themes were all in the cache");
    }

    [Fact]
    public async Task Options_for_a_theme_link_their_feedback_and_an_accepted_edit_downloads_as_one_neutralised_generic_csv_row()
    {
        using var client = await teams.App.SignedInAsync("owner.a@example.com");
        var page = await client.GetStringAsync("/w/team-a/feedback/options?set=1&k=3&theme=1");
        Regex.Count(page, "<section class=\"option\"").ShouldBeInRange(2, 3);
        EntryLink().Count(page).ShouldBeGreaterThan(0);
        page.ShouldContain("Accept: download as a CSV row");

        var response = await TestApp.PostFormAsync(client, "/w/team-a/feedback/options?set=1&k=3&theme=1", null, new()
        {
            ["set"] = "1",
            ["theme"] = "1",
            ["k"] = "3",
            ["seed"] = "42",
            ["option"] = "0",
            ["title"] = "=HYPERLINK(\"http://evil\",\"x\")",
            ["approach"] = "Start with the most named case.",
            ["tradeOff"] = "We leave the other cases for later.",
        }, action: "/w/team-a/feedback/options.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await response.Content.ReadAsStringAsync();
        csv.ShouldStartWith("Title,Description,Labels\n");
        csv.ShouldContain("\"'=HYPERLINK(");

        var loaded = await BacklogLoader.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "option.csv", "csv", default);
        loaded.Failed.ShouldBeFalse();
        loaded.Items.Count.ShouldBe(1);
        loaded.Items[0].Title.ShouldStartWith("'=HYPERLINK");
        loaded.Items[0].Description!.ShouldContain("Trade-off: We leave the other cases for later.");
        loaded.Items[0].Description!.ShouldContain("Feedback: F-");
    }

    [Fact]
    public async Task The_acceptance_page_links_each_item_and_the_item_page_links_its_check()
    {
        using var client = await teams.App.SignedInAsync("viewer.a@example.com");
        var html = await client.GetStringAsync("/w/team-a/acceptance");
        html.ShouldContain("href=\"/w/team-a/items/1?snapshot=1\"");
        html.ShouldContain("<code>acceptance.vague</code>");
        html.ShouldContain("<code>acceptance.none</code>");
        html.ShouldContain("Questions to ask");

        var item = await client.GetStringAsync("/w/team-a/items/1");
        item.ShouldContain("href=\"/w/team-a/acceptance?snapshot=1&amp;item=1\"");
        var one = await client.GetStringAsync("/w/team-a/acceptance?snapshot=1&item=1");
        Regex.Count(one, "<section class=\"acceptance\"").ShouldBe(1);
        one.ShouldContain("CSV export keeps all columns");
    }

    [Fact]
    public async Task The_brief_page_picks_a_requester_links_the_items_and_offers_the_cli_markdown()
    {
        using var client = await teams.App.SignedInAsync("manager.a@example.com");
        var picker = await client.GetStringAsync("/w/team-a/brief");
        picker.ShouldContain("<option value=\"Ana\"");
        picker.ShouldContain("<option value=\"Support lead\"");

        var html = await client.GetStringAsync("/w/team-a/brief?requester=ana");
        html.ShouldContain("2 of the 3 items were requested by ana.");
        html.ShouldContain("href=\"/w/team-a/items/2?snapshot=1\"");
        html.ShouldContain("Directly above it");

        var md = await client.GetAsync("/w/team-a/brief.md?requester=ana");
        md.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        var text = await md.Content.ReadAsStringAsync();
        text.ShouldStartWith("# Brief for ana\n\n2 of the 3 items in team-a snapshot 1 were requested by ana.");
        text.ShouldContain("## AS-3: Dark mode (rank 3, readiness");
    }

    [Fact]
    public async Task The_api_uses_the_cli_json_names()
    {
        using var client = teams.App.WithToken(await teams.App.TokenAsync(teams.ViewerA));
        using var themes = JsonDocument.Parse(await client.GetStringAsync("/api/workspaces/team-a/feedback/latest/themes?k=3"));
        var first = themes.RootElement.GetProperty("themes")[0];
        first.GetProperty("quotes")[0].GetProperty("entry_id").GetString().ShouldStartWith("F-");
        first.GetProperty("entry_ids").GetArrayLength().ShouldBe(first.GetProperty("size").GetInt32());
        themes.RootElement.GetProperty("unaddressed").GetArrayLength().ShouldBe(1);
        themes.RootElement.GetProperty("chosen_automatically").GetBoolean().ShouldBeFalse();

        using var summary = JsonDocument.Parse(await client.GetStringAsync("/api/workspaces/team-a/feedback/1/summary?k=3&sentences=3"));
        summary.RootElement.GetProperty("sentences").GetArrayLength().ShouldBe(3);
        summary.RootElement.GetProperty("coverage")[0].GetProperty("share").GetDouble().ShouldBeGreaterThan(0);

        using var acceptance = JsonDocument.Parse(await client.GetStringAsync("/api/workspaces/team-a/snapshots/latest/acceptance?top=3"));
        acceptance.RootElement.GetProperty("items")[1].GetProperty("flags")[0].GetProperty("rule").GetString().ShouldStartWith("acceptance.");

        using var brief = JsonDocument.Parse(await client.GetStringAsync("/api/workspaces/team-a/snapshots/1/brief?requester=Ana"));
        brief.RootElement.GetProperty("requests").GetArrayLength().ShouldBe(2);
        brief.RootElement.GetProperty("requests")[0].GetProperty("directly_above")[0].GetProperty("id").GetString().ShouldBe("AS-1");

        using var options = JsonDocument.Parse(await client.GetStringAsync("/api/workspaces/team-a/feedback/1/options?k=3&theme=1"));
        options.RootElement.GetProperty("note").GetString().ShouldBe("drafts only: nothing was written to the backlog");
        var drafts = options.RootElement.GetProperty("options");
        drafts.GetArrayLength().ShouldBeInRange(2, 3);
        drafts[0].GetProperty("feedback_ids")[0].GetString().ShouldStartWith("F-");
        drafts[0].GetProperty("answers").GetProperty("customer_need").ValueKind.ShouldNotBe(JsonValueKind.Undefined);
        using var byGoal = JsonDocument.Parse(await client.GetStringAsync("/api/workspaces/team-a/feedback/latest/options?k=3&goal=" + Uri.EscapeDataString("reliable password reset email")));
        byGoal.RootElement.GetProperty("options").GetArrayLength().ShouldBeGreaterThan(0);
        (await client.GetAsync("/api/workspaces/team-a/feedback/1/options?k=3")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/workspaces/team-a/feedback/1/options?k=3&theme=1&goal=x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/workspaces/team-a/feedback/1/options?k=3&theme=99")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/workspaces/team-b/feedback/1/options?theme=1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var openapi = await teams.App.Anonymous().GetStringAsync("/openapi/v1.json");
        openapi.ShouldContain("/api/workspaces/{workspace}/feedback/{set}/options");
        openapi.ShouldContain("/api/workspaces/{workspace}/feedback/{set}/themes");
        openapi.ShouldContain("/api/workspaces/{workspace}/snapshots/{snapshot}/brief");
    }

    [GeneratedRegex("<a href=\"([^\"]*/feedback/1/entry\\?id=[^\"]+)\" class=\"entry-link\">([^<]+)</a>")]
    private static partial Regex EntryLink();
}
