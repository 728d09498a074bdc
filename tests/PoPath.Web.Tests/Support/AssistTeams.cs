using Microsoft.Extensions.DependencyInjection;
using PoPath.Web.Hosting;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests.Support;

/// <summary>team-a (owner, manager, viewer) and team-b (its owner), each with a backlog snapshot and feedback set 1; team-b's texts carry "Team B secret".</summary>
public sealed class AssistTeams : IAsyncLifetime
{
    internal TestApp App { get; } = new();

    internal WorkspaceRef A { get; private set; } = default!;

    internal WorkspaceRef B { get; private set; } = default!;

    internal long OwnerA { get; private set; }

    internal long ViewerA { get; private set; }

    internal long ManagerA { get; private set; }

    public async Task InitializeAsync()
    {
        OwnerA = await App.UserAsync("owner.a@example.com");
        ManagerA = await App.UserAsync("manager.a@example.com");
        ViewerA = await App.UserAsync("viewer.a@example.com");
        var ownerB = await App.UserAsync("owner.b@example.com");
        A = await App.WorkspaceAsync("team-a", OwnerA, AssistData.Backlog);
        B = await App.WorkspaceAsync("team-b", ownerB, AssistData.Backlog.Replace("Dark mode", "Team B secret item", StringComparison.Ordinal));
        await App.MemberAsync(A, ManagerA, Roles.Manager);
        await App.MemberAsync(A, ViewerA, Roles.Viewer);
        await ImportFeedbackAsync(App, A, AssistData.Feedback);
        await ImportFeedbackAsync(App, B, AssistData.Feedback.Replace("Euro prices on invoices please", "Team B secret feedback", StringComparison.Ordinal));

        // The imports started the default themes in the background; tests that count cache work start after them.
        await App.Services.GetRequiredService<ThemeWarmer>().WhenIdle();
    }

    internal static async Task ImportFeedbackAsync(TestApp app, WorkspaceRef w, string csv)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var bytes = System.Text.Encoding.UTF8.GetBytes(csv);
        using var stream = new MemoryStream(bytes);
        var outcome = await scope.ServiceProvider.GetRequiredService<AssistService>().ImportAsync(w, stream, "feedback.csv", bytes.Length);
        outcome.Succeeded.ShouldBeTrue(outcome.Error);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
