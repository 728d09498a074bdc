using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PoPath.Storage.Schema;
using PoPath.Web.Hosting;

namespace PoPath.Web.Accounts;

/// <summary>The account actions that are plain form posts rather than pages.</summary>
internal static class AccountEndpoints
{
    public static void Map(WebApplication app)
    {
        // Binding a form field makes the endpoint check the anti-forgery token.
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<AccountRow> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization().ExcludeFromDescription();

        // Company single sign-on: the sign-in page's button posts here (anti-forgery checked), the provider answers at
        // /signin-oidc (the OpenID Connect handler checks state, nonce, PKCE and the token's signature), then DonePath.
        app.MapPost(SingleSignOn.StartPath, ([FromForm] string? returnUrl, SingleSignOn sso, SignInManager<AccountRow> signIn) =>
        {
            if (sso.Current is null)
            {
                return Results.NotFound();
            }

            var done = SingleSignOn.DonePath + "?returnUrl=" + Uri.EscapeDataString(LocalUrl(returnUrl));
            return Results.Challenge(signIn.ConfigureExternalAuthenticationProperties(SingleSignOn.Scheme, done), [SingleSignOn.Scheme]);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet(SingleSignOn.DonePath, async (string? returnUrl, HttpContext http, SignInManager<AccountRow> signIn, AccountService accounts, CancellationToken ct) =>
        {
            var info = await signIn.GetExternalLoginInfoAsync();
            if (info is null)
            {
                return Results.LocalRedirect("/account/login?sso=failed");
            }

            var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
            if (result.IsLockedOut)
            {
                await http.SignOutAsync(IdentityConstants.ExternalScheme);
                return Results.LocalRedirect("/account/login?sso=locked");
            }

            if (!result.Succeeded)
            {
                var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
                var verified = info.Principal.FindFirstValue("email_verified");
                if (email is not { Length: > 2 and <= 256 } || !email.Contains('@', StringComparison.Ordinal) || string.Equals(verified, "false", StringComparison.OrdinalIgnoreCase))
                {
                    await http.SignOutAsync(IdentityConstants.ExternalScheme);
                    return Results.LocalRedirect("/account/login?sso=no-email");
                }

                var name = info.Principal.FindFirstValue("name") ?? info.Principal.FindFirstValue(ClaimTypes.Name);
                var (account, _) = await accounts.ExternalAsync(email, name is { Length: > 200 } ? name[..200] : name, new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName), ct);
                if (account is null)
                {
                    await http.SignOutAsync(IdentityConstants.ExternalScheme);
                    return Results.LocalRedirect("/account/login?sso=failed");
                }

                if (await signIn.UserManager.IsLockedOutAsync(account))
                {
                    await http.SignOutAsync(IdentityConstants.ExternalScheme);
                    return Results.LocalRedirect("/account/login?sso=locked");
                }

                await signIn.SignInAsync(account, isPersistent: false, info.LoginProvider);
            }

            await http.SignOutAsync(IdentityConstants.ExternalScheme);
            return Results.LocalRedirect(LocalUrl(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/account/tokens/revoke", async ([FromForm] long id, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
        {
            await tokens.RevokeAsync(CurrentUser.Id(user)!.Value, id, ct);
            return Results.LocalRedirect("/account/tokens");
        }).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>A path on this site, or "/": never an address elsewhere (an open redirect).</summary>
    internal static string LocalUrl(string? url) =>
        url is { Length: > 0 and < 2000 } u && u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal) && !u.StartsWith("/\\", StringComparison.Ordinal) ? u : "/";
}
