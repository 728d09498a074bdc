using System.Globalization;
using System.Security.Claims;
using PoPath.Web.Hosting;

namespace PoPath.Web.Accounts;

/// <summary>Reads the signed-in user's id and global role from the principal.</summary>
internal static class CurrentUser
{
    public static long? Id(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsAdministrator(ClaimsPrincipal principal) => principal.IsInRole(Roles.Administrator);
}
