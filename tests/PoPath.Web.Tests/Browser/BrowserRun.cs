using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PoPath.Web.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Web.Tests.Browser;

/// <summary>What every browser test class shares: a run in a fresh context (CSP reports fail it, a failure keeps a screenshot), sign-in, and the axe check.</summary>
internal static class BrowserRun
{
    public static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task CheckAsync(ITestOutputHelper output, IPage page, string url, List<string> report)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var line = $"axe {url}: {result.Violations.Length} violation(s) ({string.Join(", ", result.Violations.Select(v => $"{v.Id}:{v.Impact}"))}), {result.Passes.Length} passes";
        output.WriteLine(line);
        Directory.CreateDirectory(Path.GetDirectoryName(Shots)!);
        await File.AppendAllTextAsync(Path.Combine(Path.GetDirectoryName(Shots)!, "axe.txt"), line + "\n");
        report.AddRange(bad.Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }

    public static async Task SignInAsync(BrowserApp app, IPage page, string email)
    {
        await page.GotoAsync(app.BaseUrl + "/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your workspaces" }).WaitForAsync();
    }

    /// <summary>Runs a test in a fresh browser context; records CSP violations and keeps a screenshot when it fails.</summary>
    public static async Task InBrowser(BrowserApp app, ITestOutputHelper output, string name, Func<IPage, Task> test)
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
