using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>A workspace as the current user may see it: its id, name and the user's role in it.</summary>
/// <param name="Role">owner, manager or viewer; an administrator who is no member acts as owner.</param>
public sealed record WorkspaceRef(long Id, string Name, string Role)
{
    public bool IsOwner => Role == Roles.Owner;

    /// <summary>Owners and managers see the manager's view (signals, findings).</summary>
    public bool CanSeeSignals => Role is Roles.Owner or Roles.Manager;
}
