using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PoPath.Storage.Schema;
using PoPath.Web.Accounts;
using PoPath.Web.Hosting;
using PoPath.Web.Tests.Support;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests.Browser;

/// <summary>The real app on a loopback port (Kestrel, its own SQLite file) and one headless Chromium from the system's packages.</summary>
/// <remarks>
/// Chromium comes from Debian's package (<c>/usr/bin/chromium</c>, or <c>POPATH_CHROMIUM</c>); Playwright never downloads a browser.
/// Without a browser the browser tests fail under CI (which installs it) and report and return elsewhere.
/// </remarks>
public sealed class BrowserApp : IAsyncLifetime
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("POPATH_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool Available => File.Exists(ChromiumPath);

    private readonly string _dir = Directory.CreateTempSubdirectory("popath-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    internal SetupConsole Console => _app!.Services.GetRequiredService<SetupConsole>();

    public async Task InitializeAsync()
    {
        // Many tests sign in from 127.0.0.1 within a minute: lift the per-address sign-in limit (its own tests cover it).
        _app = await PoPathWebApp.BuildAsync(new WebOptions("http://127.0.0.1:0", Path.Combine(_dir, "browser.db")), ["--PoPath:SignInAttemptsPerMinute=1000"]);
        _app.Services.GetRequiredService<SetupConsole>().Writer = TextWriter.Null;
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        if (!Available)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<long> UserAsync(string email)
    {
        using var scope = _app!.Services.CreateScope();
        var (account, errors) = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, email.Split('@')[0], TestApp.Password);
        account.ShouldNotBeNull(string.Join("; ", errors));
        return account.Id;
    }

    internal async Task<WorkspaceRef> WorkspaceAsync(string name, long ownerId, string csv)
    {
        using var scope = _app!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoPathDbContext>();
        var row = new WorkspaceRow { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Workspaces.Add(row);
        await db.SaveChangesAsync();
        db.Memberships.Add(new MembershipRow { WorkspaceId = row.Id, UserId = ownerId, Role = Roles.Owner });
        await db.SaveChangesAsync();
        var w = new WorkspaceRef(row.Id, name, Roles.Owner);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        (await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(w, stream, "backlog.csv", "auto", false)).Succeeded.ShouldBeTrue();
        return w;
    }

    internal async Task MemberAsync(WorkspaceRef w, long userId, string role)
    {
        using var scope = _app!.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().SetMembershipAsync(w.Id, userId, role);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
