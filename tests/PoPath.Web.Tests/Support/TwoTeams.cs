using PoPath.Web.Hosting;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests.Support;

/// <summary>Two workspaces with their own people: team-a (owner, manager, viewer) and team-b (its owner), each with one snapshot.</summary>
public sealed class TwoTeams : IAsyncLifetime
{
    internal TestApp App { get; } = new();

    internal WorkspaceRef A { get; private set; } = default!;

    internal WorkspaceRef B { get; private set; } = default!;

    internal long OwnerA { get; private set; }

    internal long ManagerA { get; private set; }

    internal long ViewerA { get; private set; }

    internal long OwnerB { get; private set; }

    public async Task InitializeAsync()
    {
        OwnerA = await App.UserAsync("owner.a@example.com");
        ManagerA = await App.UserAsync("manager.a@example.com");
        ViewerA = await App.UserAsync("viewer.a@example.com");
        OwnerB = await App.UserAsync("owner.b@example.com");
        A = await App.WorkspaceAsync("team-a", OwnerA);
        B = await App.WorkspaceAsync("team-b", OwnerB, Csv.Backlog.Replace("Pre-fill the card", "Team B secret item", StringComparison.Ordinal));
        await App.MemberAsync(A, ManagerA, Roles.Manager);
        await App.MemberAsync(A, ViewerA, Roles.Viewer);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
