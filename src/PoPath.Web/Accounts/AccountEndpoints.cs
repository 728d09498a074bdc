using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PoPath.Storage.Schema;

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

        app.MapPost("/account/tokens/revoke", async ([FromForm] long id, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
        {
            await tokens.RevokeAsync(CurrentUser.Id(user)!.Value, id, ct);
            return Results.LocalRedirect("/account/tokens");
        }).RequireAuthorization().ExcludeFromDescription();
    }
}
