using Microsoft.Playwright;
using PoPath.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PoPath.Web.Tests.Browser;

/// <summary>End to end in headless Chromium: first account, sign-in, import, chips, evidence, isolation, inert payloads, accessibility.</summary>
/// <remarks>A failing test leaves a screenshot in <c>TestResults/screenshots/</c> beside the test assembly.</remarks>
public sealed class BrowserTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    /// <summary>The issue's "done when", in one walk: the printed link, the first account, an import, the board, a route, a manager.</summary>
    [Fact]
    public Task A_new_user_follows_the_printed_link_imports_walks_the_board_gets_a_route_and_invites_a_manager_who_sees_the_signals() => InBrowser(nameof(A_new_user_follows_the_printed_link_imports_walks_the_board_gets_a_route_and_invites_a_manager_who_sees_the_signals), async page =>
    {
        var link = app.Console.LastLink;
        link.ShouldNotBeNull("the first start printed a set-up link");
        await page.GotoAsync(link);
        await page.GetByLabel("E-mail").FillAsync("admin@example.com");
        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("Password (at least").FillAsync(TestApp.Password);
        await page.GetByLabel("Password again").FillAsync(TestApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your workspaces" }).WaitForAsync();
        (await page.Locator(".who").InnerTextAsync()).ShouldBe("admin@example.com");
        (await page.GotoAsync(link))!.Status.ShouldNotBe(200, "the link works once");

        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByLabel("Name").FillAsync("journey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import a backlog" }).WaitForAsync();
        var file = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}-linear.csv");
        await File.WriteAllTextAsync(file, Csv.LinearHistory);
        await page.GetByLabel("Backlog file").SetInputFilesAsync(file);
        await page.GetByLabel("The file is a history export").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await page.GetByText("Imported snapshot 1: 5 items").WaitForAsync();
        File.Delete(file);

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the board" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "The practical test board" }).WaitForAsync();
        (await page.Locator("table.board tbody tr").CountAsync()).ShouldBe(5);
        (await page.Locator("table.board .chip-missing").CountAsync()).ShouldBeGreaterThan(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "ENG-1 Save carts for returning buyers" }).ClickAsync();
        await page.Locator("mark.ev").First.WaitForAsync();

        await page.GotoAsync(app.BaseUrl + "/w/journey/route");
        await page.GetByLabel("Scrum knowledge").SelectOptionAsync("None");
        await page.GetByLabel("How you like to learn").SelectOptionAsync("Guided");
        await page.GetByRole(AriaRole.Button, new() { Name = "Get my route" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "The plan" }).WaitForAsync();
        (await page.Locator("ol.route > li").First.InnerTextAsync()).ShouldContain("(cspo)");

        await page.GotoAsync(app.BaseUrl + "/w/journey/members");
        await page.GetByLabel("E-mail").FillAsync("manager.journey@example.com");
        await page.GetByLabel("Role").SelectOptionAsync("manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        var invite = await page.Locator("code.secret").InnerTextAsync();

        var context = await app.Browser.NewContextAsync();
        try
        {
            var manager = await context.NewPageAsync();
            manager.SetDefaultTimeout(15_000);
            await manager.GotoAsync(invite);
            await manager.GetByLabel("Your name").FillAsync("Max Manager");
            await manager.GetByLabel("Password (at least").FillAsync(TestApp.Password);
            await manager.GetByLabel("Password again").FillAsync(TestApp.Password);
            await manager.GetByRole(AriaRole.Button, new() { Name = "Create the account and join" }).ClickAsync();
            await manager.GetByRole(AriaRole.Heading, new() { Name = "Your workspaces" }).WaitForAsync();
            await manager.GetByRole(AriaRole.Link, new() { Name = "journey" }).First.ClickAsync();
            await manager.GetByRole(AriaRole.Link, new() { Name = "Manager's view" }).ClickAsync();
            await manager.GetByRole(AriaRole.Heading, new() { Name = "random_demand", Exact = true }).WaitForAsync();
            (await manager.Locator("section.signal svg[role=img]").CountAsync()).ShouldBeGreaterThan(0);
            await manager.GotoAsync(app.BaseUrl + "/w/journey/route");
            await manager.GetByText("From the answers saved on").WaitForAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    });

    [Fact]
    public Task An_owner_signs_in_imports_a_csv_sees_a_missing_chip_and_opens_an_item_with_highlighted_evidence() => InBrowser(nameof(An_owner_signs_in_imports_a_csv_sees_a_missing_chip_and_opens_an_item_with_highlighted_evidence), async page =>
    {
        await app.UserAsync("po@example.com");
        await SignInAsync(page, "po@example.com");
        await page.GetByLabel("Name").FillAsync("checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import a backlog" }).WaitForAsync();

        var file = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Csv.Backlog);
        await page.GetByLabel("Backlog file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await page.GetByText("Imported snapshot 1: 3 items").WaitForAsync();
        File.Delete(file);

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the board" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "The practical test board" }).WaitForAsync();
        var exportRow = page.Locator("table.board tbody tr", new() { HasText = "Add an export button" });
        (await exportRow.Locator(".chip-missing").CountAsync()).ShouldBeGreaterThan(0);
        (await exportRow.Locator("td").Nth(5).InnerTextAsync()).ShouldBe("missing", "the trade-off column of the export item");

        await page.GetByLabel("Show items whose").SelectOptionAsync("trade_off");
        await page.GetByLabel("is", new() { Exact = true }).SelectOptionAsync("missing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.GetByText("whose trade-off is missing").WaitForAsync();
        (await page.Locator("table.board tbody tr").CountAsync()).ShouldBe(2);

        await page.GotoAsync(app.BaseUrl + "/w/checkout/board");
        await page.GetByText("Snapshot 1: 3 items").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "SHOP-1 Pre-fill the card" }).ClickAsync();
        var marks = page.Locator("mark.ev");
        await marks.First.WaitForAsync();
        (await marks.CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
        (await page.Locator("mark.ev-customer_need").First.InnerTextAsync()).ShouldContain("41 support tickets");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your answers" }).WaitForAsync();
    });

    [Fact]
    public Task Imported_html_and_script_payloads_are_shown_as_inert_text() => InBrowser(nameof(Imported_html_and_script_payloads_are_shown_as_inert_text), async page =>
    {
        var owner = await app.UserAsync("xss@example.com");
        await app.WorkspaceAsync("payloads", owner, Csv.Backlog);
        var dialogs = 0;
        page.Dialog += (_, d) =>
        {
            dialogs++;
            _ = d.DismissAsync();
        };
        await SignInAsync(page, "xss@example.com");
        foreach (var url in new[] { "/w/payloads/board", "/w/payloads/items/2" })
        {
            await page.GotoAsync(app.BaseUrl + url);
            (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).ShouldBeTrue(url);
            (await page.Locator("main script").CountAsync()).ShouldBe(0);
            (await page.Locator("main img").CountAsync()).ShouldBe(0);
            (await page.Locator("main b").CountAsync()).ShouldBe(0);
            (await page.Locator("main").InnerTextAsync()).ShouldContain("<script>window.__pwned=1</script><b>bold</b>");
        }

        dialogs.ShouldBe(0);
    });

    [Fact]
    public Task A_manager_and_a_viewer_see_their_workspace_but_not_another() => InBrowser(nameof(A_manager_and_a_viewer_see_their_workspace_but_not_another), async page =>
    {
        var ownerA = await app.UserAsync("owner.iso@example.com");
        var ownerB = await app.UserAsync("other.iso@example.com");
        var a = await app.WorkspaceAsync("iso-a", ownerA, Csv.Backlog);
        await app.WorkspaceAsync("iso-b", ownerB, Csv.Backlog.Replace("Pre-fill the card", "Secret of team B", StringComparison.Ordinal));
        foreach (var (email, role) in new[] { ("mgr.iso@example.com", "manager"), ("view.iso@example.com", "viewer") })
        {
            var id = await app.UserAsync(email);
            await app.MemberAsync(a, id, role);
            var context = await app.Browser.NewContextAsync();
            var p = await context.NewPageAsync();
            await SignInAsync(p, email);
            (await p.Locator("main").InnerTextAsync()).ShouldContain("iso-a");
            (await p.Locator("main").InnerTextAsync()).ShouldNotContain("iso-b");
            await p.GotoAsync(app.BaseUrl + "/w/iso-a/board");
            (await p.Locator(".chip").CountAsync()).ShouldBeGreaterThan(0);
            var response = await p.GotoAsync(app.BaseUrl + "/w/iso-b/board");
            response!.Status.ShouldBe(404);
            await p.GetByRole(AriaRole.Heading, new() { Name = "Not found" }).WaitForAsync();
            (await p.ContentAsync()).ShouldNotContain("Secret of team B");
            (await p.GotoAsync(app.BaseUrl + "/w/iso-a/import"))!.Status.ShouldBe(403);
            await context.CloseAsync();
        }
    });

    [Fact]
    public Task A_large_upload_shows_its_progress_and_then_the_imported_snapshot() => InBrowser(nameof(A_large_upload_shows_its_progress_and_then_the_imported_snapshot), async page =>
    {
        var owner = await app.UserAsync("upload@example.com");
        await app.WorkspaceAsync("upload", owner, Csv.Backlog);
        await SignInAsync(page, "upload@example.com");
        await page.GotoAsync(app.BaseUrl + "/w/upload/import");

        // About 1.5 MB, sent at 256 KB/s by Chromium's own network throttling: several seconds of progress to see.
        var rows = new System.Text.StringBuilder("ID,Summary,Description\n");
        for (var i = 1; i <= 3000; i++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"BIG-{i},Item {i} for the upload,\"{new string('x', 480)} because buyers asked {i} times\"\n");
        }

        var file = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}-big.csv");
        await File.WriteAllTextAsync(file, rows.ToString());
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 0,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = 256 * 1024,
        });
        await page.GetByLabel("Backlog file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        var status = page.Locator(".upload-status");
        await Expect(status).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Uploading: .* of 1\.\d MB \(\d+%\)"));
        (await page.Locator("progress.upload").IsVisibleAsync()).ShouldBeTrue();
        await page.GetByText("Imported snapshot 2: 3000 items").WaitForAsync(new() { Timeout = 60_000 });
        (await page.GetByRole(AriaRole.Link, new() { Name = "Open the board" }).CountAsync()).ShouldBe(1);
        File.Delete(file);
    });

    [Fact]
    public Task An_owner_fills_the_questionnaire_gets_a_route_and_finds_it_kept() => InBrowser(nameof(An_owner_fills_the_questionnaire_gets_a_route_and_finds_it_kept), async page =>
    {
        var owner = await app.UserAsync("route@example.com");
        await app.WorkspaceAsync("route", owner, Csv.Backlog);
        await SignInAsync(page, "route@example.com");
        await page.GotoAsync(app.BaseUrl + "/w/route");
        await page.GetByRole(AriaRole.Link, new() { Name = "Learning route", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your learning route" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "The plan" }).CountAsync()).ShouldBe(0, "no answers yet, no plan");

        await page.GetByLabel("Years as a Product Owner").FillAsync("0.5");
        await page.GetByLabel("Scrum knowledge").SelectOptionAsync("None");
        await page.GetByLabel("How you like to learn").SelectOptionAsync("Guided");
        await page.GetByLabel("Teams you work with").FillAsync("4");
        await page.GetByLabel("We work in SAFe").CheckAsync();
        await page.GetByLabel("feedback clustering").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Get my route" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "The plan" }).WaitForAsync();
        await page.GetByText("Your answers are saved").WaitForAsync();
        var steps = page.Locator("ol.route > li");
        (await steps.CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        var first = await steps.First.InnerTextAsync();
        first.ShouldContain("(cspo)", Case.Sensitive, "guided learning and no Scrum yet start with CSPO");
        (await steps.First.Locator("ul li").CountAsync()).ShouldBeGreaterThan(0, "every step says why");
        (await page.Locator("ol.route").InnerTextAsync()).ShouldContain("(safe-popm)");

        await page.GotoAsync(app.BaseUrl + "/w/route/route");
        await page.GetByText("From the answers saved on").WaitForAsync();
        (await page.GetByLabel("We work in SAFe").IsCheckedAsync()).ShouldBeTrue("the saved answers fill the form again");
        (await page.GetByLabel("Years as a Product Owner").InputValueAsync()).ShouldBe("0.5");
        (await page.Locator("ol.route > li").First.InnerTextAsync()).ShouldContain("(cspo)");
    });

    [Fact]
    public Task An_owner_imports_a_history_invites_a_manager_who_sees_the_signals_but_not_another_workspace() => InBrowser(nameof(An_owner_imports_a_history_invites_a_manager_who_sees_the_signals_but_not_another_workspace), async page =>
    {
        var owner = await app.UserAsync("po.sig@example.com");
        var other = await app.UserAsync("other.sig@example.com");
        await app.WorkspaceAsync("sig-other", other, Csv.Backlog);
        await app.WorkspaceAsync("sig", owner, Csv.Backlog);
        await SignInAsync(page, "po.sig@example.com");
        await page.GotoAsync(app.BaseUrl + "/w/sig/import");
        var file = Path.Combine(Path.GetTempPath(), $"popath-{Guid.NewGuid():N}-linear.csv");
        await File.WriteAllTextAsync(file, Csv.LinearHistory);
        await page.GetByLabel("Backlog file").SetInputFilesAsync(file);
        await page.GetByLabel("The file is a history export").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await page.GetByText("Imported snapshot 2: 5 items").WaitForAsync();
        File.Delete(file);

        await page.GotoAsync(app.BaseUrl + "/w/sig/members");
        await page.GetByLabel("E-mail").FillAsync("boss.sig@example.com");
        await page.GetByLabel("Role").SelectOptionAsync("manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        var link = await page.Locator("code.secret").InnerTextAsync();
        link.ShouldContain("/invite/");

        var context = await app.Browser.NewContextAsync();
        try
        {
            var boss = await context.NewPageAsync();
            boss.SetDefaultTimeout(15_000);
            await boss.GotoAsync(link);
            await boss.GetByLabel("Your name").FillAsync("Bo Boss");
            await boss.GetByLabel("Password (at least").FillAsync(TestApp.Password);
            await boss.GetByLabel("Password again").FillAsync(TestApp.Password);
            await boss.GetByRole(AriaRole.Button, new() { Name = "Create the account and join" }).ClickAsync();
            await boss.GetByRole(AriaRole.Heading, new() { Name = "Your workspaces" }).WaitForAsync();
            var home = await boss.Locator("main").InnerTextAsync();
            home.ShouldContain("sig");
            home.ShouldNotContain("sig-other");

            await boss.GotoAsync(app.BaseUrl + "/w/sig/signals");
            await boss.GetByRole(AriaRole.Heading, new() { Name = "The manager's view" }).WaitForAsync();
            foreach (var id in new[] { "random_demand", "order_overrides", "wait_transparency", "review_learning" })
            {
                await boss.GetByRole(AriaRole.Heading, new() { Name = id, Exact = true }).WaitForAsync();
            }

            (await boss.Locator("section.signal svg[role=img]").CountAsync()).ShouldBeGreaterThan(0, "signals are drawn as charts");
            var randomDemand = boss.Locator("section.signal", new() { Has = boss.GetByRole(AriaRole.Heading, new() { Name = "random_demand", Exact = true }) });
            var events = randomDemand.Locator("details summary").First;
            await events.ClickAsync();
            (await randomDemand.Locator("details[open] li").First.InnerTextAsync()).ShouldContain("ENG-", Case.Sensitive, "the drill-down names the items behind the value");

            (await boss.GotoAsync(app.BaseUrl + "/w/sig-other/signals"))!.Status.ShouldBe(404);
            (await boss.GotoAsync(app.BaseUrl + "/w/sig/import"))!.Status.ShouldBe(403);
        }
        finally
        {
            await context.CloseAsync();
        }
    });

    [Fact]
    public Task The_main_pages_have_no_serious_or_critical_accessibility_violations() => InBrowser(nameof(The_main_pages_have_no_serious_or_critical_accessibility_violations), async page =>
    {
        var owner = await app.UserAsync("a11y@example.com");
        await app.WorkspaceAsync("a11y", owner, Csv.Backlog);
        await page.GotoAsync(app.BaseUrl + "/account/login");
        var report = new List<string>();
        await CheckAsync(page, "/account/login", report);
        await SignInAsync(page, "a11y@example.com");
        foreach (var url in new[] { "/", "/w/a11y", "/w/a11y/board", "/w/a11y/items/0", "/w/a11y/import", "/w/a11y/members", "/w/a11y/diff", "/w/a11y/route", "/w/a11y/signals", "/catalogue", "/catalogue/cspo", "/account/tokens" })
        {
            await page.GotoAsync(app.BaseUrl + url);
            await CheckAsync(page, url, report);
        }

        report.ShouldBeEmpty(string.Join("\n", report));
    });

    private Task CheckAsync(IPage page, string url, List<string> report) => BrowserRun.CheckAsync(output, page, url, report);

    private Task SignInAsync(IPage page, string email) => BrowserRun.SignInAsync(app, page, email);

    private Task InBrowser(string name, Func<IPage, Task> test) => BrowserRun.InBrowser(app, output, name, test);
}
