namespace PoPath.Web.Hosting;

/// <summary>The global role (Identity) and the workspace roles (<c>workspace_members.role</c>).</summary>
internal static class Roles
{
    public const string Administrator = "administrator";
    public const string Owner = "owner";
    public const string Manager = "manager";
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> Workspace { get; } = [Owner, Manager, Viewer];
}
