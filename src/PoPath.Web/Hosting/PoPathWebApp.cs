using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PoPath.Storage.Schema;
using PoPath.Web.Accounts;
using PoPath.Web.Api;
using PoPath.Web.Components;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Hosting;

/// <summary>Builds and runs the web app: services, the security pipeline, the pages and the JSON API.</summary>
internal static class PoPathWebApp
{
    /// <summary>Largest upload accepted by the import page and API.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    /// <param name="services">Extra registrations (benchmarks add <see cref="RequestTimings"/>).</param>
    public static Task<WebApplication> BuildAsync(WebOptions options, string[]? args = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(PoPathWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);

        // The framework's script (blazor.web.js, for enhanced navigation) is a static web asset: from the build's manifest
        // when run from a build, from wwwroot when published. Pages work without it.
        builder.WebHost.UseStaticWebAssets();
        if (options.Db is { } db)
        {
            builder.Configuration["PoPath:Db"] = db;
        }

        if (options.Demo)
        {
            builder.Configuration["PoPath:Demo"] = "true";
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        AddServices(builder.Services, SingleSignOn.Read(builder.Configuration), GenerativeStep.Read(builder.Configuration));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        Configure(app);
        return Task.FromResult(app);
    }

    /// <param name="sso">Company single sign-on (OpenID Connect) when the settings name a provider; null: local accounts only.</param>
    /// <param name="ai">The optional generative step's endpoint; null: off, and no page offers it.</param>
    public static void AddServices(IServiceCollection services, SingleSignOn.Settings? sso = null, GenerativeStep.Settings? ai = null)
    {
        services.AddSingleton(new SingleSignOn(sso));
        services.AddSingleton(new GenerativeStep(ai));
        services.AddSingleton<RephraseService>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreHolder>();
        services.AddScoped(sp => sp.GetRequiredService<StoreHolder>().NewContext());
        services.AddSingleton<SetupConsole>();
        services.AddHostedService<StartupTasks>();
        services.AddScoped<AccountService>();
        services.AddScoped<WorkspaceAccess>();
        services.AddScoped<BoardQuery>();
        services.AddScoped<ImportService>();
        services.AddScoped<AnswerService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<ConnectorService>();
        services.AddScoped<SignalsService>();
        services.AddSingleton<InsightsCache>();
        services.AddSingleton<ThemeWarmer>();
        services.AddScoped<AssistService>();
        services.AddSingleton<SignalsCache>();
        services.AddHttpClient("connectors");

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DatabaseKeyRing.Setup>();
        services.AddDataProtection().SetApplicationName("PoPath");

        services.AddIdentityCore<AccountRow>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<AccountRoleRow>()
            .AddEntityFrameworkStores<PoPathDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            });
        if (sso is not null)
        {
            SingleSignOn.Add(authentication, sso);
        }

        authentication
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "popath.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;

                // Secure whenever the app is served over HTTPS (behind a proxy too); plain HTTP only on a local address.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            }));

        services.AddAuthorization(o =>
        {
            o.AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
            o.AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName, IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
            o.AddPolicy(Policies.ApiToken, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser());
        });
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "popath.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => SignInAttempt(ctx)
                ? RateLimitPartition.GetFixedWindowLimiter("signin:" + ctx.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = ctx.RequestServices.GetRequiredService<IConfiguration>().GetValue("PoPath:SignInAttemptsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorComponents();
    }

    private static bool SignInAttempt(HttpContext ctx) =>
        HttpMethods.IsPost(ctx.Request.Method)
        && (ctx.Request.Path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Path.StartsWithSegments("/invite", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Path.StartsWithSegments(SingleSignOn.StartPath, StringComparison.OrdinalIgnoreCase));

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static void Configure(WebApplication app)
    {
        if (app.Services.GetService<RequestTimings>() is { } timings)
        {
            app.Use(timings.MeasureAsync);
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError, ExceptionHandlingPath = "/error" });
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePages(async ctx =>
        {
            // API callers get ProblemDetails for a bare status; pages render their own not-found text.
            var http = ctx.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !http.Response.HasStarted && http.Response.ContentLength is null)
            {
                await Results.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http);
            }
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/app.css", Assets.Css).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/upload.js", Assets.UploadScript).AllowAnonymous().ExcludeFromDescription();
        app.MapStaticAssets();
        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi().AllowAnonymous();
        AccountEndpoints.Map(app);
        ApiEndpoints.Map(app);
        AssistApi.Map(app);
        AssistDownloads.Map(app);
        app.MapRazorComponents<App>();
    }

    /// <summary>Opens the store at <paramref name="db"/> and issues a new one-time set-up link; returns its secret.</summary>
    public static async Task<string> NewSetupLinkAsync(string? db, CancellationToken ct)
    {
        await using var app = await BuildAsync(new WebOptions(Db: db));
        await app.Services.GetRequiredService<StoreHolder>().GetAsync(ct);
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        return await accounts.NewSetupLinkAsync(ct);
    }

    /// <summary>Starts the app, prints where it listens (and the set-up link when needed); with self-check, probes it and stops.</summary>
    public static async Task<int> RunAsync(WebApplication app, WebOptions options, TextWriter output, CancellationToken ct)
    {
        app.Services.GetRequiredService<SetupConsole>().Writer = output;
        await app.StartAsync(ct);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        output.WriteLine($"PoPath is listening on {string.Join(", ", addresses)} (data: {app.Services.GetRequiredService<StoreHolder>().Target.Describe()}). Press Ctrl+C to stop.");
        if (options.SelfCheck)
        {
            var code = await SelfCheck.RunAsync(addresses[0], output, ct);
            await app.StopAsync(CancellationToken.None);
            return code;
        }

        try
        {
            await app.WaitForShutdownAsync(ct);
        }
        catch (OperationCanceledException)
        {
            await app.StopAsync(CancellationToken.None);
        }

        return 0;
    }
}
