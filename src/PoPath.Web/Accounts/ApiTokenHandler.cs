using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PoPath.Storage.Schema;

namespace PoPath.Web.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer pp_…</c> personal API tokens.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens, PoPathDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var userId = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (userId is not { } id)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var email = await db.Users.Where(u => u.Id == id).Select(u => u.Email).FirstOrDefaultAsync(Context.RequestAborted) ?? "";
        var roleNames = await (from ur in db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<long>>()
                               join r in db.AccountRoles on ur.RoleId equals r.Id
                               where ur.UserId == id
                               select r.Name).ToListAsync(Context.RequestAborted);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id.ToString(CultureInfo.InvariantCulture)), new(ClaimTypes.Name, email) };
        claims.AddRange(roleNames.Where(n => n is not null).Select(n => new Claim(ClaimTypes.Role, n!)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
