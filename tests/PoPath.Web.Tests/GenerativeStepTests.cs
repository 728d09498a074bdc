using Microsoft.Extensions.Configuration;
using PoPath.Core.Insights.Generative;
using PoPath.Testing;
using PoPath.Web.Hosting;
using PoPath.Web.Tests.Support;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Tests;

/// <summary>The <c>PoPath:Ai</c> settings: off by default, checked at start with the key named, the key read from the environment only; one rephrasing per workspace at a time.</summary>
public sealed class GenerativeStepTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("PoPath:Ai:" + v.Key, v.Value))).Build();

    private static RephraseInput Input(params string[] texts) =>
        new("Rephrase this.", [.. texts.Select((t, i) => new EvidenceItem($"F{i + 1}", $"entry E-{i + 1}", t))],
            texts.Select((_, i) => ($"F{i + 1}", new EvidenceOrigin(EvidenceOriginKind.Entry, $"E-{i + 1}"))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Without_settings_the_step_is_off()
    {
        GenerativeStep.Read(Config(), NoVariables).ShouldBeNull();
    }

    [Theory]
    [InlineData("Model", "llama3.1", "PoPath:Ai:Url is missing")]
    [InlineData("TimeoutSeconds", "30", "PoPath:Ai:Url is missing")]
    public void Another_ai_setting_without_the_url_stops_the_start(string key, string value, string expected)
    {
        Should.Throw<SettingsException>(() => GenerativeStep.Read(Config((key, value)), NoVariables)).Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData("localhost:11434", "llama3.1", null, "PoPath:Ai:Url or PoPath:Ai:Model: 'localhost:11434' is not an http or https URL")]
    [InlineData("http://127.0.0.1:11434/v1?key=sk-1", "llama3.1", null, "must not carry a user name, password, query or fragment")]
    [InlineData("http://127.0.0.1:11434/v1", null, null, "PoPath:Ai:Model is missing")]
    [InlineData("http://127.0.0.1:11434/v1", "llama3.1", "0", "PoPath:Ai:TimeoutSeconds '0' is not a number of seconds from 0.1 to 600")]
    [InlineData("http://127.0.0.1:11434/v1", "llama3.1", "soon", "PoPath:Ai:TimeoutSeconds 'soon'")]
    public void A_bad_url_model_or_timeout_stops_the_start_naming_the_key(string url, string? model, string? timeout, string expected)
    {
        var values = new List<(string, string)> { ("Url", url) };
        if (model is not null)
        {
            values.Add(("Model", model));
        }

        if (timeout is not null)
        {
            values.Add(("TimeoutSeconds", timeout));
        }

        Should.Throw<SettingsException>(() => GenerativeStep.Read(Config([.. values]), NoVariables)).Message.ShouldContain(expected);
    }

    [Fact]
    public void The_key_comes_from_the_named_variable_and_never_from_the_settings()
    {
        const string key = "sk-web-123456789";
        var url = ("Url", "https://models.example.com/v1");
        var model = ("Model", "m");
        Func<string, string?> env = name => name == "MY_AI_KEY" ? key : null;

        var read = GenerativeStep.Read(Config(url, model, ("KeyVariable", "MY_AI_KEY"), ("TimeoutSeconds", "12.5")), env)!;
        read.Key.ShouldBe(key);
        read.KeyVariable.ShouldBe("MY_AI_KEY");
        read.Endpoint.Timeout.ShouldBe(TimeSpan.FromSeconds(12.5));
        read.ToString().ShouldNotContain(key);

        Should.Throw<SettingsException>(() => GenerativeStep.Read(Config(url, model, ("KeyVariable", "OTHER_KEY")), env))
            .Message.ShouldContain("PoPath:Ai:KeyVariable names the environment variable OTHER_KEY, which is not set or empty");
        Should.Throw<SettingsException>(() => GenerativeStep.Read(Config(url, model, ("KeyVariable", key)), env))
            .Message.ShouldContain("the name of an environment variable");
        Should.Throw<SettingsException>(() => GenerativeStep.Read(Config(("Url", "http://models.example.com/v1"), model, ("KeyVariable", "MY_AI_KEY")), env))
            .Message.ShouldContain("refusing to send the key over plain http to models.example.com");
    }

    [Fact]
    public void A_bad_setting_stops_the_web_app_from_starting()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["PoPath:Ai:Url"] = "ftp://models.example.com/v1", ["PoPath:Ai:Model"] = "m" });
        var thrown = Should.Throw<Exception>(() => app.CreateClient());
        Messages(thrown).ShouldContain(m => m.Contains("PoPath:Ai:Url", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_key_goes_as_a_bearer_token_to_the_endpoint()
    {
        const string key = "sk-web-987654321";
        await using var server = new LocalServer(_ => new LocalServer.Reply(200, ChatStub.Completion("The export drops columns [F1].")));
        var settings = GenerativeStep.Read(Config(("Url", new Uri(server.BaseUri, "v1").AbsoluteUri), ("Model", "m"), ("KeyVariable", "MY_AI_KEY")), _ => key);
        using var service = new RephraseService(new GenerativeStep(settings));

        var result = await service.RephraseAsync(Workspace(1), Input("The export drops columns"), CancellationToken.None);

        result!.Succeeded.ShouldBeTrue(result.Error);
        server.Requests.Single().Authorization.ShouldBe($"Bearer {key}");
    }

    [Fact]
    public async Task A_second_rephrasing_of_the_same_workspace_while_one_runs_is_refused_at_once_and_another_workspace_is_not_held_up()
    {
        using var arrived = new SemaphoreSlim(0);
        var release = new TaskCompletionSource();
        await using var server = new LocalServer(r =>
        {
            if (ChatStub.Messages(r.Body)[1].Content.Contains("hold", StringComparison.Ordinal))
            {
                arrived.Release();
                release.Task.Wait();
            }

            return new LocalServer.Reply(200, ChatStub.Completion("The export drops columns [F1]."));
        });
        using var service = new RephraseService(new GenerativeStep(GenerativeStep.Read(Config(("Url", new Uri(server.BaseUri, "v1").AbsoluteUri), ("Model", "m")), NoVariables)));

        var first = service.RephraseAsync(Workspace(1), Input("The export drops columns, hold"), CancellationToken.None);
        await arrived.WaitAsync();
        var second = await service.RephraseAsync(Workspace(1), Input("The export drops columns"), CancellationToken.None);
        release.SetResult();
        var done = await first;
        var later = await service.RephraseAsync(Workspace(1), Input("The export drops columns"), CancellationToken.None);
        var other = await service.RephraseAsync(Workspace(2), Input("The export drops columns"), CancellationToken.None);

        second!.Succeeded.ShouldBeFalse();
        second.Error!.ShouldContain("another rephrasing for this workspace is still running");
        done!.Succeeded.ShouldBeTrue(done.Error);
        later!.Succeeded.ShouldBeTrue(later.Error);
        other!.Succeeded.ShouldBeTrue(other.Error);
        server.Requests.Count.ShouldBe(3, "the refused call sent nothing");
    }

    [Fact]
    public async Task Without_settings_nothing_is_sent()
    {
        using var service = new RephraseService(new GenerativeStep(null));
        service.Enabled.ShouldBeFalse();
        (await service.RephraseAsync(Workspace(1), Input("The export drops columns"), CancellationToken.None)).ShouldBeNull();
    }

    private static WorkspaceRef Workspace(long id) => new(id, "w" + id, Roles.Owner);

    private static IEnumerable<string> Messages(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x.Message;
        }

        if (e is AggregateException a)
        {
            foreach (var inner in a.InnerExceptions)
            {
                yield return inner.Message;
            }
        }
    }
}
