using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PoPath.Storage.Schema;
using PoPath.Web.Accounts;
using PoPath.Web.Hosting;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests.Support;

/// <summary>The web app in memory (WebApplicationFactory) on its own SQLite file, with helpers to make users, workspaces and signed-in clients.</summary>
internal sealed partial class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "Correct-Horse-42";
    private readonly string _dir = Directory.CreateTempSubdirectory("popath-web-").FullName;
    private readonly int _signInsPerMinute;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Further configuration (e.g. <c>PoPath:Oidc:*</c>), as the app's settings.</param>
    public TestApp(int signInsPerMinute = 1000, IReadOnlyDictionary<string, string>? settings = null)
    {
        _signInsPerMinute = signInsPerMinute;
        _settings = settings ?? new Dictionary<string, string>();
    }

    public string DbPath => Path.Combine(_dir, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PoPath:Db", DbPath);
        builder.UseSetting("PoPath:SignInAttemptsPerMinute", _signInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<long> UserAsync(string email, bool administrator = false)
    {
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var (account, errors) = await accounts.CreateAsync(email, email.Split('@')[0], Password);
        account.ShouldNotBeNull(string.Join("; ", errors));
        if (administrator)
        {
            await accounts.EnsureRolesAsync();
            await scope.ServiceProvider.GetRequiredService<UserManager<AccountRow>>().AddToRoleAsync(account, Roles.Administrator);
        }

        return account.Id;
    }

    /// <summary>A workspace owned by <paramref name="ownerId"/> with one snapshot of <paramref name="csv"/>.</summary>
    public async Task<WorkspaceRef> WorkspaceAsync(string name, long ownerId, string csv = Csv.Backlog)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PoPathDbContext>();
        var row = new WorkspaceRow { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Workspaces.Add(row);
        await db.SaveChangesAsync();
        db.Memberships.Add(new MembershipRow { WorkspaceId = row.Id, UserId = ownerId, Role = Roles.Owner });
        await db.SaveChangesAsync();
        var w = new WorkspaceRef(row.Id, name, Roles.Owner);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var outcome = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(w, stream, "backlog.csv", "auto", false);
        outcome.Succeeded.ShouldBeTrue(outcome.Error);
        return w;
    }

    public async Task MemberAsync(WorkspaceRef workspace, long userId, string role)
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().SetMembershipAsync(workspace.Id, userId, role);
    }

    public async Task<string> TokenAsync(long userId)
    {
        using var scope = Services.CreateScope();
        var (secret, error) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(userId, "test", 30);
        secret.ShouldNotBeNull(error);
        return secret;
    }

    public async Task<T> WithDbAsync<T>(Func<PoPathDbContext, Task<T>> read)
    {
        using var scope = Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PoPathDbContext>());
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedInAsync(string email, string password = Password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return client;
    }

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>GETs <paramref name="page"/> for its anti-forgery token, then posts the named form to <paramref name="action"/> (the page itself by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string? formName, Dictionary<string, string> fields, string? action = null, HttpContent? file = null)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        var all = new Dictionary<string, string>(fields);
        if (token.Success)
        {
            all["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        if (formName is not null)
        {
            all["_handler"] = formName;
        }

        HttpContent body;
        if (file is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (k, v) in all)
            {
                multipart.Add(new StringContent(v), k);
            }

            multipart.Add(file, "file", "backlog.csv");
            body = multipart;
        }
        else
        {
            body = new FormUrlEncodedContent(all);
        }

        return await client.PostAsync(action ?? page, body);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a pooled connection; the temp folder is cleaned by the OS.
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
