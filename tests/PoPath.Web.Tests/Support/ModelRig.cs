using System.Text.RegularExpressions;
using PoPath.Testing;
using PoPath.Web.Hosting;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests.Support;

/// <summary>A stub chat-completions server and the web app configured to rephrase through it, with workspace "shop" (owner, manager, viewer), its backlog and feedback set 1.</summary>
internal sealed partial class ModelRig : IAsyncDisposable
{
    private ModelRig(LocalServer server, TestApp app)
    {
        Server = server;
        App = app;
    }

    public LocalServer Server { get; }

    public TestApp App { get; }

    public WorkspaceRef Shop { get; private set; } = default!;

    /// <summary>The URL the app is given: the stub's <c>/v1</c> API base.</summary>
    public string Url => new Uri(Server.BaseUri, "v1").AbsoluteUri;

    /// <summary>A rig whose model writes <paramref name="write"/> from the prompt's evidence (<c>[ID] text</c> lines, in order).</summary>
    public static Task<ModelRig> StartAsync(Func<List<(string Id, string Text)>, string> write, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(r => new LocalServer.Reply(200, ChatStub.Completion(write(Evidence(r)))), settings);

    public static async Task<ModelRig> StartAsync(Func<LocalServer.Request, LocalServer.Reply> reply, IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new LocalServer(reply);
        var all = new Dictionary<string, string>
        {
            [$"{GenerativeStep.Section}:Url"] = new Uri(server.BaseUri, "v1").AbsoluteUri,
            [$"{GenerativeStep.Section}:Model"] = "stub-model",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }

        var rig = new ModelRig(server, new TestApp(settings: all));
        rig.Shop = await SeedAsync(rig.App);
        return rig;
    }

    /// <summary>Owner, manager and viewer of "shop", which has <see cref="AssistData.Backlog"/> and <see cref="AssistData.Feedback"/> as set 1.</summary>
    public static async Task<WorkspaceRef> SeedAsync(TestApp app)
    {
        var owner = await app.UserAsync("owner@example.com");
        var manager = await app.UserAsync("manager@example.com");
        var viewer = await app.UserAsync("viewer@example.com");
        var shop = await app.WorkspaceAsync("shop", owner, AssistData.Backlog);
        await app.MemberAsync(shop, manager, Roles.Manager);
        await app.MemberAsync(shop, viewer, Roles.Viewer);
        await AssistTeams.ImportFeedbackAsync(app, shop, AssistData.Feedback);
        return shop;
    }

    /// <summary>The evidence lines of a request's prompt, <c>[ID] text</c>, in order.</summary>
    public static List<(string Id, string Text)> Evidence(LocalServer.Request request)
    {
        var user = ChatStub.Messages(request.Body).Single(m => m.Role == "user").Content;
        return [.. EvidenceLine().Matches(user).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }

    [GeneratedRegex(@"^\[([A-Za-z0-9_.\-]+)\] (.*)$", RegexOptions.Multiline)]
    private static partial Regex EvidenceLine();
}
