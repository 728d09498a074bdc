using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace PoPath.Web.Hosting;

/// <summary>
/// Optional company single sign-on through OpenID Connect (authorisation code flow with PKCE), set by configuration:
/// <c>PoPath:Oidc:Authority</c>, <c>PoPath:Oidc:ClientId</c>, <c>PoPath:Oidc:ClientSecret</c> and <c>PoPath:Oidc:DisplayName</c>
/// (as environment variables <c>PoPath__Oidc__Authority</c> and so on, so the secret never sits in a file or on a command line).
/// A person who signs in this way gets a PoPath account for the e-mail address the provider vouches for, or is linked to the
/// local account with that address; what they may see still comes from workspace memberships, which owners give.
/// </summary>
internal sealed class SingleSignOn(SingleSignOn.Settings? settings)
{
    public const string Scheme = "oidc";

    /// <summary>Where the sign-in page's button posts (with its anti-forgery token) to start the sign-in.</summary>
    public const string StartPath = "/account/sso";

    /// <summary>Where the provider's answer lands after the OpenID Connect handler has checked it.</summary>
    public const string DonePath = "/account/sso/done";

    /// <param name="Authority">The provider's issuer URL (its discovery document is read from it).</param>
    /// <param name="DisplayName">The button's words: "Sign in with …".</param>
    public sealed record Settings(Uri Authority, string ClientId, string? ClientSecret, string DisplayName);

    /// <summary>The settings, or null when single sign-on is not configured.</summary>
    public Settings? Current => settings;

    /// <summary>Reads <c>PoPath:Oidc</c>; null when no authority is set.</summary>
    /// <exception cref="SettingsException">The settings are incomplete or name a plain-HTTP provider that is not on this machine.</exception>
    public static Settings? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("PoPath:Oidc");
        if (section["Authority"] is not { Length: > 0 } authority)
        {
            return null;
        }

        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))))
        {
            throw new SettingsException($"PoPath:Oidc:Authority '{authority}' must be an https URL (plain http only for a provider on this machine).");
        }

        if (section["ClientId"] is not { Length: > 0 } clientId)
        {
            throw new SettingsException("PoPath:Oidc:ClientId is missing: single sign-on needs the client id the provider gave PoPath.");
        }

        return new Settings(uri, clientId, section["ClientSecret"] is { Length: > 0 } secret ? secret : null,
            section["DisplayName"] is { Length: > 0 } name ? name : "company single sign-on");
    }

    public static void Add(AuthenticationBuilder authentication, Settings settings) =>
        authentication.AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority.AbsoluteUri.TrimEnd('/');
            o.RequireHttpsMetadata = settings.Authority.Scheme == Uri.UriSchemeHttps;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;

            // The same rule as the app's own cookies: Secure whenever the request is HTTPS.
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnRemoteFailure = ctx =>
            {
                // A refused or broken answer from the provider goes back to the sign-in page with a message, not a stack trace.
                ctx.Response.Redirect("/account/login?sso=failed");
                ctx.HandleResponse();
                return Task.CompletedTask;
            };
        });

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
