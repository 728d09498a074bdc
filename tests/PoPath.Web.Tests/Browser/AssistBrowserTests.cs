using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PoPath.Web.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Web.Tests.Browser;

/// <summary>The assistance pages in headless Chromium: upload feedback, open its themes, click a quote through to its entry, and no serious accessibility violations.</summary>
/// <remarks>A failing test leaves a screenshot in <c>TestResults/screenshots/</c> beside the test assembly.</remarks>
public sealed class AssistBrowserTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

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

    private async Task CheckAsync(IPage page, string url, List<string> report)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var line = $"axe {url}: {result.Violations.Length} violation(s) ({string.Join(", ", result.Violations.Select(v => $"{v.Id}:{v.Impact}"))}), {result.Passes.Length} passes";
        output.WriteLine(line);
        Directory.CreateDirectory(Path.GetDirectoryName(Shots)!);
        await File.AppendAllTextAsync(Path.Combine(Path.GetDirectoryName(Shots)!, "axe.txt"), line + "\n");
        report.AddRange(bad.Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }

    /// <summary>Uploads <see cref="AssistData.Feedback"/> with the feedback page's form, as a person would.</summary>
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

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(app.BaseUrl + "/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your workspaces" }).WaitForAsync();
    }

    /// <summary>Runs a test in a fresh browser context; records CSP violations and keeps a screenshot when it fails.</summary>
    private async Task InBrowser(string name, Func<IPage, Task> test)
    {
        if (!BrowserApp.Available)
        {
            var message = $"No Chromium at {BrowserApp.ChromiumPath}: install it (apt-get install chromium) or set POPATH_CHROMIUM. .ci/run installs it.";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                throw new InvalidOperationException(message);
            }

            output.WriteLine("Not run: " + message);
            return;
        }

        var context = await app.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var cspErrors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspErrors.Add(m.Text);
            }
        };
        try
        {
            await test(page);
            cspErrors.ShouldBeEmpty("the pages break none of their own Content-Security-Policy");
        }
        catch
        {
            Directory.CreateDirectory(Shots);
            var shot = Path.Combine(Shots, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            output.WriteLine("screenshot: " + shot);
            throw;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
