using System.Net;
using System.Text.RegularExpressions;
using PoPath.Testing;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary>The optional generative step on the summary, options and brief pages, against a stub chat-completions server.</summary>
public sealed partial class RephrasePageTests
{
    private const string Summary = "/w/shop/feedback/summary?set=1&k=3&sentences=4";

    private static Task<HttpResponseMessage> PostRephraseAsync(HttpClient client, string page) =>
        TestApp.PostFormAsync(client, page, "rephrase", []);

    [Fact]
    public async Task The_owner_posts_the_summary_form_and_sees_cited_sentences_linked_to_their_entries_and_the_unsupported_ones_marked()
    {
        await using var rig = await ModelRig.StartAsync(ev =>
            $"{ev[0].Text.TrimEnd('.')} [{ev[0].Id}].\n"
            + "Customers love the product overall.\n"
            + $"{ev[1].Text.TrimEnd('.')} [F99].\n"
            + $"Competitors offer free shipping to loyal shoppers [{ev[1].Id}].");
        using var owner = await rig.App.SignedInAsync("owner@example.com");
        var before = await owner.GetStringAsync(Summary);
        before.ShouldContain("Rephrase with stub-model");
        before.ShouldContain("action=\"/w/shop/feedback/summary?set=1&amp;k=3&amp;sentences=4#rephrase\"", customMessage: "the form posts back to the page with its choices");
        rig.Server.Requests.ShouldBeEmpty("showing the form sends nothing");

        var response = await PostRephraseAsync(owner, Summary);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        rig.Server.Requests.Count.ShouldBe(1);
        rig.Server.Requests.Single().PathAndQuery.ShouldBe("/v1/chat/completions");
        var evidence = ModelRig.Evidence(rig.Server.Requests.Single());
        evidence.Count.ShouldBe(4, "the four quoted sentences of the summary");

        html.ShouldContain("1 of 4 sentences are supported by the evidence they cite");
        html.ShouldContain("Supported: 1 · uncited: 1 · unknown id: 1 · unsupported: 1");
        var first = Sentence("supported").Match(html);
        first.Success.ShouldBeTrue(html);
        first.Value.ShouldNotContain("⚠");
        CiteLink().IsMatch(first.Value).ShouldBeTrue("the supported sentence's [F1] links to the entry it quotes: " + first.Value);
        Sentence("uncited").Match(html).Value.ShouldContain("<strong class=\"flag\">⚠ uncited:</strong> Customers love the product overall.");
        var unknown = Sentence("unknown-id").Match(html).Value;
        unknown.ShouldContain("⚠ unknown id:");
        unknown.ShouldContain("<span class=\"cite\">[F99]</span>", customMessage: "an id that is not evidence links nowhere");
        unknown.ShouldContain("which is not among the evidence given");
        var unsupported = Sentence("unsupported").Match(html).Value;
        unsupported.ShouldContain("⚠ unsupported:</strong> Competitors offer free shipping to loyal shoppers");
        unsupported.ShouldContain("<span class=\"reason\">(");
        html.ShouldContain("Evidence cited");

        // The extractive summary is still there, as without the step.
        html.ShouldContain("quoted verbatim");
        Regex.Count(html, "<figure class=\"quote\">").ShouldBe(4);
    }

    [Fact]
    public async Task An_endpoint_error_shows_what_failed_and_the_offline_summary_unchanged()
    {
        await using var rig = await ModelRig.StartAsync(_ => new LocalServer.Reply(500, ChatStub.Error("out of memory")));
        using var owner = await rig.App.SignedInAsync("owner@example.com");
        var offline = await owner.GetStringAsync(Summary);

        var response = await PostRephraseAsync(owner, Summary);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain($"<p class=\"error\" role=\"alert\">The generative step failed: {rig.Url}: answered HTTP 500: out of memory. Everything above is PoPath&#x27;s own result, unchanged.</p>");
        html.ShouldNotContain("class=\"rephrased\"");
        Quotes(html).ShouldBe(Quotes(offline));
        Quotes(html).Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_reply_slower_than_the_configured_timeout_names_the_setting()
    {
        await using var rig = await ModelRig.StartAsync(
            _ => new LocalServer.Reply(200, ChatStub.Completion("Late [F1]."), Delay: TimeSpan.FromSeconds(3)),
            new Dictionary<string, string> { ["PoPath:Ai:TimeoutSeconds"] = "0.5" });
        using var owner = await rig.App.SignedInAsync("owner@example.com");

        var html = await (await PostRephraseAsync(owner, Summary)).Content.ReadAsStringAsync();

        html.ShouldContain("no reply within 0.5 s (the server&#x27;s PoPath:Ai:TimeoutSeconds sets how long it waits)");
        html.ShouldNotContain("--ai-timeout");
    }

    [Theory]
    [InlineData("viewer@example.com")]
    [InlineData("manager@example.com")]
    public async Task A_viewer_or_manager_sees_no_form_and_posting_it_is_403_and_sends_nothing(string email)
    {
        await using var rig = await ModelRig.StartAsync(ev => $"{ev[0].Text} [{ev[0].Id}]");
        using var client = await rig.App.SignedInAsync(email);
        foreach (var page in new[] { Summary, "/w/shop/feedback/options?set=1&k=3&theme=1", "/w/shop/brief?requester=Ana" })
        {
            var html = await client.GetStringAsync(page);
            html.ShouldNotContain("Rephrase with", customMessage: page);

            var response = await PostRephraseAsync(client, page);

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("class=\"rephrased\"");
        }

        rig.Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_configuration_no_page_shows_the_form_and_a_forged_post_is_refused()
    {
        await using var app = new TestApp();
        await ModelRig.SeedAsync(app);
        using var owner = await app.SignedInAsync("owner@example.com");
        foreach (var page in new[] { Summary, "/w/shop/feedback/options?set=1&k=3&theme=1", "/w/shop/brief?requester=Ana" })
        {
            var html = await owner.GetStringAsync(page);
            html.ShouldNotContain("Rephrase with", customMessage: page);
            html.ShouldNotContain("id=\"rephrase\"", customMessage: page);

            var response = await PostRephraseAsync(owner, page);
            response.IsSuccessStatusCode.ShouldBeFalse(page);
        }
    }

    [Fact]
    public async Task Options_cite_their_drafts_as_links_to_the_option_and_feedback_as_links_to_the_entry()
    {
        await using var rig = await ModelRig.StartAsync(ev =>
        {
            var o1 = ev.First(e => e.Id == "O1");
            var f1 = ev.First(e => e.Id == "F1");
            return $"{o1.Text.TrimEnd('.')} [O1].\n{f1.Text.TrimEnd('.')} [F1].";
        });
        using var owner = await rig.App.SignedInAsync("owner@example.com");
        const string page = "/w/shop/feedback/options?set=1&k=3&theme=1";

        var html = await (await PostRephraseAsync(owner, page)).Content.ReadAsStringAsync();

        html.ShouldContain("<a href=\"#opt-0\" class=\"cite\">[O1]</a>");
        html.ShouldMatch("<a href=\"/w/shop/feedback/1/entry\\?id=F-\\d+\" class=\"cite\">\\[F1\\]</a>");
        html.ShouldContain("Accept: download as a CSV row", customMessage: "the drafts are still there");
        var prompt = ChatStub.Messages(rig.Server.Requests.Single().Body)[1].Content;
        prompt.ShouldContain("[O1] Option 1: ");
    }

    [Fact]
    public async Task A_brief_cites_its_requests_as_links_to_the_item_pages()
    {
        await using var rig = await ModelRig.StartAsync(ev => $"{ev.First(e => e.Id == "R1").Text} [R1]");
        using var owner = await rig.App.SignedInAsync("owner@example.com");

        var html = await (await PostRephraseAsync(owner, "/w/shop/brief?requester=Ana")).Content.ReadAsStringAsync();

        html.ShouldContain("1 of 1 sentences are supported");
        html.ShouldContain("<a href=\"/w/shop/items/1?snapshot=1\" class=\"cite\">[R1]</a>");
        html.ShouldContain("<h2>Brief for Ana</h2>");
    }

    [Fact]
    public async Task Markup_in_the_model_reply_is_shown_as_inert_text()
    {
        await using var rig = await ModelRig.StartAsync(ev => $"<script>window.__pwned=3</script><img src=x onerror=\"window.__pwned=4\"> {ev[0].Text} [{ev[0].Id}]");
        using var owner = await rig.App.SignedInAsync("owner@example.com");

        var html = await (await PostRephraseAsync(owner, Summary)).Content.ReadAsStringAsync();

        // The model's text is shown as it wrote it (an in-word "__" is no Markdown emphasis), and no tag survives.
        html.ShouldContain("&lt;script&gt;window.__pwned=3&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=4&quot;&gt;");
        html.ShouldNotContain("<script>window.");
        html.ShouldNotContain("<img src=x");
    }

    private static List<string> Quotes(string html) => [.. QuoteBlock().Matches(html).Select(m => m.Value)];

    private static Regex Sentence(string verdict) => new($"<li class=\"sentence {Regex.Escape(verdict)}\">.*?</li>", RegexOptions.Singleline);

    [GeneratedRegex("<a href=\"/w/shop/feedback/1/entry\\?id=F-\\d+\" class=\"cite\">\\[F1\\]</a>")]
    private static partial Regex CiteLink();

    [GeneratedRegex("<figure class=\"quote\">.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex QuoteBlock();
}
