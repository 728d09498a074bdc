using Microsoft.AspNetCore.Components;
using PoPath.Web.Accounts;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Components.Pages.Workspace;

/// <summary>A page of one workspace: finds it for the signed-in user, or answers 404 (also for a workspace they are not in).</summary>
public abstract class WorkspacePage : ComponentBase
{
    [Parameter] public string Name { get; set; } = "";

    [CascadingParameter] internal HttpContext Http { get; set; } = default!;

    [Inject] internal WorkspaceAccess Access { get; set; } = default!;

    /// <summary>Answers 404 with the router's not-found page (.NET 10 stops rendering this page after it).</summary>
    [Inject] internal NavigationManager Nav { get; set; } = default!;

    internal WorkspaceRef? Workspace { get; private set; }

    internal long UserId => CurrentUser.Id(Http.User) ?? 0;

    /// <summary>URL-escaped workspace name for links.</summary>
    protected string Path => "/w/" + Uri.EscapeDataString(Name);

    protected sealed override async Task OnInitializedAsync()
    {
        Workspace = await Access.FindAsync(Http.User, Name, Http.RequestAborted);
        if (Workspace is null)
        {
            Nav.NotFound();
            return;
        }

        if (OwnersOnly && !Workspace.IsOwner)
        {
            Http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await LoadAsync();
    }

    /// <summary>True for pages only a workspace owner may open (import, members, connectors).</summary>
    protected virtual bool OwnersOnly => false;

    /// <summary>True when the page may render its content.</summary>
    protected bool Allowed => Workspace is not null && (!OwnersOnly || Workspace.IsOwner) && Http.Response.StatusCode != StatusCodes.Status403Forbidden;

    protected virtual Task LoadAsync() => Task.CompletedTask;
}
