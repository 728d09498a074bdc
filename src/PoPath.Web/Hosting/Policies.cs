namespace PoPath.Web.Hosting;

/// <summary>The authorisation policies; workspace roles are checked per request by <see cref="Workspaces.WorkspaceAccess"/>.</summary>
internal static class Policies
{
    public const string Administrator = "administrator";

    /// <summary>The JSON API's reads: a personal API token or the signed-in cookie.</summary>
    public const string Api = "api";

    /// <summary>The JSON API's writes: a personal API token only, so a page can never be tricked into posting with the cookie.</summary>
    public const string ApiToken = "api-token";
}
