using System.Net;
using PoPath.Web.Hosting;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary>The first administrator through the one-time link, sign-in, lockout, rate limiting and the security headers.</summary>
public sealed class AccountTests
{
    [Fact]
    public async Task The_first_start_prints_a_set_up_link_that_creates_an_administrator_once()
    {
        await using var app = new TestApp();
        using var client = app.Anonymous();
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = app.Services.GetService(typeof(SetupConsole)).ShouldBeOfType<SetupConsole>().LastLink;
        link.ShouldNotBeNull();
        var path = new Uri(link).AbsolutePath;
        path.ShouldStartWith("/setup/");

        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = "first@example.com",
            ["Input.DisplayName"] = "First",
            ["Input.Password"] = TestApp.Password,
            ["Input.Confirm"] = TestApp.Password,
        };
        var created = await TestApp.PostFormAsync(client, path, "setup", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        (await client.GetStringAsync("/")).ShouldContain("first@example.com");
        var roles = await app.WithDbAsync(db => Task.FromResult(db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<long>>().Count()));
        roles.ShouldBe(1);

        using var again = app.Anonymous();
        var reused = await again.GetAsync(path);
        reused.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var reusedHtml = await reused.Content.ReadAsStringAsync();
        reusedHtml.ShouldContain("not valid any more");
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_what_the_policy_wants()
    {
        await using var app = new TestApp();
        using var client = app.Anonymous();
        await client.GetAsync("/healthz");
        var path = new Uri(((SetupConsole)app.Services.GetService(typeof(SetupConsole))!).LastLink!).AbsolutePath;
        var response = await TestApp.PostFormAsync(client, path, "setup", new()
        {
            ["Input.Email"] = "first@example.com",
            ["Input.Password"] = "alllowercaseletters",
            ["Input.Confirm"] = "alllowercaseletters",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("uppercase");
        (await app.WithDbAsync(db => Task.FromResult(db.Users.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var app = new TestApp();
        await app.UserAsync("locked@example.com");
        using var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await TestApp.PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = "locked@example.com", ["Input.Password"] = "Wrong-password-" + i });
            (await wrong.Content.ReadAsStringAsync()).ShouldContain(i < 4 ? "not right" : "locked");
        }

        var right = await TestApp.PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = "locked@example.com", ["Input.Password"] = TestApp.Password });
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).ShouldContain("locked for 15 minutes");
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_per_minute_get_429()
    {
        await using var app = new TestApp(signInsPerMinute: 3);
        using var client = app.Anonymous();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await TestApp.PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = "x@example.com", ["Input.Password"] = "Whatever-123456" })).StatusCode);
        }

        codes.Take(3).ShouldAllBe(c => c == HttpStatusCode.OK);
        codes.Skip(3).ShouldAllBe(c => c == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_return_address_off_the_site_is_ignored_after_sign_in()
    {
        await using var app = new TestApp();
        await app.UserAsync("u@example.com");
        using var client = app.Anonymous();
        var response = await TestApp.PostFormAsync(client, "/account/login", "login", new()
        {
            ["Input.Email"] = "u@example.com",
            ["Input.Password"] = TestApp.Password,
            ["Input.ReturnUrl"] = "//evil.example/steal",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldNotContain("evil");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/")]
    [InlineData("/api/workspaces")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_a_csp_without_inline_script_and_the_other_security_headers(string path)
    {
        await using var app = new TestApp();
        using var client = app.Anonymous();
        var response = await client.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        await using var app = new TestApp();
        await app.UserAsync("c@example.com");
        using var client = app.Anonymous();
        var response = await TestApp.PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = "c@example.com", ["Input.Password"] = TestApp.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("popath.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }
}
