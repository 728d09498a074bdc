using Microsoft.Playwright;
using PoPath.Web.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Web.Tests.Browser;

/// <summary>The assistance pages in headless Chromium: upload feedback, open its themes, click a quote through to its entry, and no serious accessibility violations.</summary>
/// <remarks>A failing test leaves a screenshot in <c>TestResults/screenshots/</c> beside the test assembly.</remarks>
public sealed class AssistBrowserTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task An_owner_uploads_feedback_opens_its_themes_and_clicks_a_quote_through_to_its_entry() => InBrowser(nameof(An_owner_uploads_feedback_opens_its_themes_and_clicks_a_quote_through_to_its_entry), async page =>
    {
        var owner = await app.UserAsync("assist.po@example.com");
        await app.WorkspaceAsync("assist", owner, AssistData.Backlog);
        var dialogs = 0;
        page.Dialog += (_, d) =>
        {
            dialogs++;
            _ = d.DismissAsync();
        };
        await SignInAsync(page, "assist.po@example.com");
        await page.GotoAsync(app.BaseUrl + "/w/assist");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Feedback" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Customer feedback" }).WaitForAsync();

        await UploadAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Open its themes" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Feedback themes" }).WaitForAsync();
        (await page.Locator("section.theme").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        var quote = page.Locator("section.theme figure.quote").First;
        var quoted = (await quote.Locator("blockquote").InnerTextAsync()).Trim('“', '”');
        var id = await quote.Locator("a.entry-link").InnerTextAsync();
        await quote.Locator("a.entry-link").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Feedback entry {id}" }).WaitForAsync();
        (await page.Locator("blockquote.entry-text").InnerTextAsync()).ShouldBe(quoted, "a quote is the entry's text, verbatim");

        // The payload entry is inert text wherever it shows.
        await page.GotoAsync(app.BaseUrl + "/w/assist/feedback/1/entry?id=F-7");
        (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).ShouldBeTrue();
        (await page.Locator("main img").CountAsync()).ShouldBe(0);
        (await page.Locator("main blockquote.entry-text").InnerTextAsync()).ShouldContain("<script>window.__pwned=1</script>");
        dialogs.ShouldBe(0);
    });

    [Fact]
    public Task The_assistance_pages_have_no_serious_or_critical_accessibility_violations() => InBrowser(nameof(The_assistance_pages_have_no_serious_or_critical_accessibility_violations), async page =>
    {
        var owner = await app.UserAsync("assist.a11y@example.com");
        await app.WorkspaceAsync("assist-a11y", owner, AssistData.Backlog);
        await SignInAsync(page, "assist.a11y@example.com");
        await page.GotoAsync(app.BaseUrl + "/w/assist-a11y/feedback");
        await UploadAsync(page);
        var report = new List<string>();
        foreach (var url in new[]
        {
            "/w/assist-a11y/feedback", "/w/assist-a11y/feedback/themes", "/w/assist-a11y/feedback/summary", "/w/assist-a11y/feedback/options?theme=1",
            "/w/assist-a11y/feedback/1/entry?id=F-1", "/w/assist-a11y/feedback/1/entries", "/w/assist-a11y/acceptance", "/w/assist-a11y/brief?requester=Ana",
        })
        {
            var response = await page.GotoAsync(app.BaseUrl + url);
            response!.Status.ShouldBe(200, url);
            await CheckAsync(page, url, report);
        }

        report.ShouldBeEmpty(string.Join("\n", report));
    });

    private Task CheckAsync(IPage page, string url, List<string> report) => BrowserRun.CheckAsync(output, page, url, report);

    private static async Task UploadAsync(IPage page)
    {
        var file = Path.Combine(Path.GetTempPath(), $"popath-feedback-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, AssistData.Feedback);
        try
        {
            await page.GetByLabel("Feedback file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await page.GetByText("Imported feedback set 1: 18 entries").WaitForAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private Task SignInAsync(IPage page, string email) => BrowserRun.SignInAsync(app, page, email);

    private Task InBrowser(string name, Func<IPage, Task> test) => BrowserRun.InBrowser(app, output, name, test);
}
