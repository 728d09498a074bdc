using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PoPath.Testing;
using PoPath.Web.Tests.Support;

namespace PoPath.Web.Tests;

/// <summary>Company single sign-on (OpenID Connect, code flow with PKCE) against a provider started by the test on loopback.</summary>
public sealed class SingleSignOnTests
{
    [Fact]
    public async Task Without_settings_there_is_no_single_sign_on()
    {
        await using var app = new TestApp();
        using var client = app.Anonymous();
        (await client.GetStringAsync("/account/login")).ShouldNotContain("Sign in with");
        var response = await TestApp.PostFormAsync(client, "/account/login", null, new() { ["returnUrl"] = "/" }, "/account/sso");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_person_signs_in_through_the_provider_and_gets_an_account_without_workspaces()
    {
        await using var idp = new StubProvider();
        await using var app = idp.App();
        var owner = await app.UserAsync("po@example.com");
        await app.WorkspaceAsync("shop", owner);
        using var client = app.Anonymous();
        (await client.GetStringAsync("/account/login")).ShouldContain("Sign in with Example SSO");

        var landed = await idp.SignInAsync(client, "/w/shop/board");
        landed.ShouldBe("/w/shop/board", "the page asked for before sign-in");
        var home = await client.GetStringAsync("/");
        home.ShouldContain("new.person@example.com");
        home.ShouldNotContain("/w/shop\"", Case.Sensitive, "no membership comes with single sign-on");
        (await client.GetAsync("/w/shop/board")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "new.person@example.com"))).ShouldBe(1);
        (await app.WithDbAsync(db => db.Set<Microsoft.AspNetCore.Identity.IdentityUserLogin<long>>().CountAsync())).ShouldBe(1);
        idp.VerifierMatched.ShouldBeTrue("PKCE: the token request carried the verifier of the challenge");

        using var again = app.Anonymous();
        await idp.SignInAsync(again, "/");
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "new.person@example.com"))).ShouldBe(1, "the second sign-in finds the linked account");
    }

    [Fact]
    public async Task A_local_account_with_the_vouched_address_is_linked_and_keeps_its_workspaces()
    {
        await using var idp = new StubProvider { Email = "po@example.com" };
        await using var app = idp.App();
        var owner = await app.UserAsync("po@example.com");
        await app.WorkspaceAsync("shop", owner);
        using var client = app.Anonymous();
        await idp.SignInAsync(client, "/");
        (await client.GetAsync("/w/shop/board")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("bad-signature", "sso=failed")]
    [InlineData("unverified-email", "sso=no-email")]
    [InlineData("provider-error", "sso=failed")]
    public async Task A_refused_or_forged_answer_signs_nobody_in(string trouble, string expected)
    {
        await using var idp = new StubProvider { Trouble = trouble };
        await using var app = idp.App();
        using var client = app.Anonymous();
        var landed = await idp.SignInAsync(client, "/");
        landed.ShouldContain(expected);
        (await client.GetStringAsync(landed)).ShouldContain("role=\"alert\"");
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "still signed out");
        (await app.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    /// <summary>A minimal OpenID Connect provider: discovery, keys, an authorize step that approves at once, and a token endpoint.</summary>
    private sealed class StubProvider : IAsyncDisposable
    {
        private const string ClientId = "popath-test";
        private readonly RSA _key = RSA.Create(2048);
        private readonly RSA _otherKey = RSA.Create(2048);
        private readonly LocalServer _server;
        private string? _nonce;
        private string? _challenge;

        public StubProvider() => _server = new LocalServer(Handle);

        public string Email { get; init; } = "new.person@example.com";

        public string? Trouble { get; init; }

        public bool VerifierMatched { get; private set; }

        private string Issuer => _server.BaseUri.AbsoluteUri.TrimEnd('/');

        public TestApp App() => new(settings: new Dictionary<string, string>
        {
            ["PoPath:Oidc:Authority"] = Issuer,
            ["PoPath:Oidc:ClientId"] = ClientId,
            ["PoPath:Oidc:ClientSecret"] = "client-secret-for-tests",
            ["PoPath:Oidc:DisplayName"] = "Example SSO",
        });

        /// <summary>Walks the browser's part of the flow with <paramref name="client"/>; returns where the app sends the person at the end.</summary>
        public async Task<string> SignInAsync(HttpClient client, string returnUrl)
        {
            var start = await TestApp.PostFormAsync(client, "/account/login", null, new() { ["returnUrl"] = returnUrl }, "/account/sso");
            start.StatusCode.ShouldBe(HttpStatusCode.Redirect, await start.Content.ReadAsStringAsync());
            var authorize = start.Headers.Location!;
            authorize.AbsoluteUri.ShouldStartWith(Issuer + "/authorize");

            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            var approved = await browser.GetAsync(authorize);
            approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var next = approved.Headers.Location!;
            next.AbsolutePath.ShouldBe("/signin-oidc");
            var response = await client.GetAsync(next.PathAndQuery);
            for (var hops = 0; response.StatusCode == HttpStatusCode.Redirect && hops < 5; hops++)
            {
                var location = response.Headers.Location!.OriginalString;
                if (!location.StartsWith("/account/sso/", StringComparison.Ordinal))
                {
                    return location;
                }

                response = await client.GetAsync(location);
            }

            return response.RequestMessage!.RequestUri!.PathAndQuery;
        }

        private LocalServer.Reply Handle(LocalServer.Request request)
        {
            var path = request.PathAndQuery.Split('?')[0];
            switch (path)
            {
                case "/.well-known/openid-configuration":
                    return new(200, JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["issuer"] = Issuer,
                        ["authorization_endpoint"] = Issuer + "/authorize",
                        ["token_endpoint"] = Issuer + "/token",
                        ["jwks_uri"] = Issuer + "/jwks",
                        ["response_types_supported"] = new[] { "code" },
                        ["subject_types_supported"] = new[] { "public" },
                        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                        ["code_challenge_methods_supported"] = new[] { "S256" },
                    }));
                case "/jwks":
                    var p = _key.ExportParameters(false);
                    return new(200, JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = "k1", alg = "RS256", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } }));
                case "/authorize":
                    var q = HttpUtility.ParseQueryString(new Uri(_server.BaseUri, request.PathAndQuery).Query);
                    q["client_id"].ShouldBe(ClientId);
                    q["code_challenge_method"].ShouldBe("S256");
                    _nonce = q["nonce"];
                    _challenge = q["code_challenge"];
                    var back = Trouble == "provider-error"
                        ? $"{q["redirect_uri"]}?error=access_denied&state={Uri.EscapeDataString(q["state"]!)}"
                        : $"{q["redirect_uri"]}?code=the-code&state={Uri.EscapeDataString(q["state"]!)}";
                    return new(302, "", "text/plain", new Dictionary<string, string> { ["Location"] = back });
                case "/token":
                    var form = HttpUtility.ParseQueryString(request.Body);
                    if (form["code"] != "the-code")
                    {
                        return new(400, """{"error":"invalid_grant"}""");
                    }

                    var hash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"] ?? "")));
                    VerifierMatched = hash == _challenge;
                    var signing = Trouble == "bad-signature" ? _otherKey : _key;
                    var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                    {
                        Issuer = Issuer,
                        Audience = ClientId,
                        IssuedAt = DateTime.UtcNow,
                        NotBefore = DateTime.UtcNow.AddMinutes(-1),
                        Expires = DateTime.UtcNow.AddMinutes(5),
                        Claims = new Dictionary<string, object>
                        {
                            ["sub"] = "subject-" + Email,
                            ["email"] = Email,
                            ["email_verified"] = Trouble != "unverified-email",
                            ["name"] = "New Person",
                            ["nonce"] = _nonce!,
                        },
                        SigningCredentials = new SigningCredentials(new RsaSecurityKey(signing) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
                    });
                    return new(200, JsonSerializer.Serialize(new { access_token = "at", token_type = "Bearer", expires_in = 300, id_token = token }));
                default:
                    return new(404, "{}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _server.DisposeAsync();
            _key.Dispose();
            _otherKey.Dispose();
        }
    }
}
