using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using PoPath.Storage.Schema;
using PoPath.Web.Accounts;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Hosting;

/// <summary>On start: open and migrate the store, create the roles, load the demo workspace if asked, and print the set-up link while there is no administrator.</summary>
internal sealed class StartupTasks(IServiceProvider services, StoreHolder holder, IConfiguration configuration, IServer server, SetupConsole console) : IHostedLifecycleService
{
    public const string DemoWorkspace = "demo";
    public const string SampleName = "checkout-backlog.csv";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await holder.GetAsync(cancellationToken);
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        if (configuration.GetValue<bool>("PoPath:Demo"))
        {
            await LoadDemoAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        if (!await accounts.HasAdministratorAsync())
        {
            var secret = await accounts.NewSetupLinkAsync(cancellationToken);
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
            console.PrintSetupLink(address.TrimEnd('/') + "/setup/" + secret);
        }
    }

    /// <summary>Imports the sample backlog built into PoPath as the first snapshot of the <c>demo</c> workspace (once).</summary>
    internal static async Task LoadDemoAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PoPathDbContext>();
        var row = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Name == DemoWorkspace, ct);
        if (row is not null && await db.Snapshots.AnyAsync(s => s.WorkspaceId == row.Id, ct))
        {
            return;
        }

        await using var sample = Assembly.GetExecutingAssembly().GetManifestResourceStream("PoPath.Web.Samples." + SampleName)
            ?? throw new InvalidOperationException("the sample backlog is missing from this build");
        var outcome = await sp.GetRequiredService<ImportService>().ImportAsync(new WorkspaceRef(row?.Id ?? 0, DemoWorkspace, Roles.Owner), sample, SampleName, "csv", false, ct);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("the demo backlog did not import: " + outcome.Error);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
