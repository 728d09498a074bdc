using System.Text.Json;
using System.Text.RegularExpressions;
using PoPath.Cli.Tests.Support;
using PoPath.Testing;

namespace PoPath.Cli.Tests.Feedback;

/// <summary><c>--rephrase</c> against a stub chat-completions server that answers from the evidence in the prompt it receives.</summary>
public sealed partial class RephraseCommandTests
{
    private static readonly string FeedbackFile = Paths.Fixture("feedback.csv");
    private static readonly string BacklogFile = Paths.Fixture("assist-backlog.csv");
    private static readonly Dictionary<string, string> NoVariables = [];

    /// <summary>The evidence lines of the prompt, <c>[ID] text</c>, in order.</summary>
    private static List<(string Id, string Text)> Evidence(LocalServer.Request request)
    {
        var user = ChatStub.Messages(request.Body).Single(m => m.Role == "user").Content;
        return [.. EvidenceLine().Matches(user).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    /// <summary>A stub model: <paramref name="write"/> turns the prompt's evidence into the reply text.</summary>
    private static LocalServer Model(Func<List<(string Id, string Text)>, string> write) =>
        new(r => new LocalServer.Reply(200, ChatStub.Completion(write(Evidence(r)))));

    private static string[] Args(LocalServer server, params string[] args) =>
        [.. args, "--rephrase", "--ai-url", new Uri(server.BaseUri, "v1").AbsoluteUri, "--ai-model", "stub-model"];

    private static Task<CliRun> Run(string[] args, Dictionary<string, string>? variables = null) =>
        CliRunner.RunAsync(args, stdin: null, variables: variables ?? NoVariables);

    [Fact]
    public async Task A_well_cited_rephrasing_of_the_summary_is_shown_below_the_extractive_table_all_supported()
    {
        await using var server = Model(ev => string.Join(" ", ev.Take(3).Select(e => $"{e.Text.TrimEnd('.', '!', '?')} [{e.Id}].")));

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "--sentences", "4"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("Research summary of feedback.csv");
        run.Out.ShouldContain("Rephrased by stub-model: 3 of 3 sentences supported by the evidence they cite");
        Regex.Count(run.Out, "✓ supported").ShouldBe(3);
        run.Out.ShouldNotContain("⚠");
        run.Error.ShouldBeEmpty();
        server.Requests.Count.ShouldBe(1);
        server.Requests.Single().PathAndQuery.ShouldBe("/v1/chat/completions");
    }

    [Fact]
    public async Task Uncited_unknown_wrongly_cited_and_invented_figures_are_marked_in_markdown()
    {
        await using var server = Model(ev =>
            $"{ev[0].Text.TrimEnd('.')} [{ev[0].Id}].\n"
            + "Customers love the product overall.\n"
            + $"{ev[1].Text.TrimEnd('.')} [F99].\n"
            + $"Competitors offer free shipping to loyal shoppers [{ev[1].Id}].\n"
            + $"{ev[0].Text.TrimEnd('.')} for 70% of accounts [{ev[0].Id}].");

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "--sentences", "4", "-o", "markdown"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("# Research summary: feedback.csv");
        run.Out.ShouldContain("## Rephrased by stub-model, checked against the evidence");
        run.Out.ShouldContain("1 of 5 sentences are supported by the evidence they cite");
        run.Out.ShouldContain("- **⚠ uncited:** Customers love the product overall.");
        run.Out.ShouldContain("- **⚠ unknown id:**");
        run.Out.ShouldContain("\"F99\", which is not among the evidence given");
        run.Out.ShouldContain("- **⚠ unsupported:** Competitors offer free shipping to loyal shoppers");
        run.Out.ShouldContain("The figure \"70%\" is not in the cited evidence");
        run.Out.ShouldContain("Evidence cited:");
        run.Error.ShouldContain("4 of 5 rephrased sentences are not supported by the evidence they cite; they are marked.");
    }

    [Fact]
    public async Task Json_keeps_the_extractive_result_and_adds_each_sentence_with_its_verdict()
    {
        await using var server = Model(ev => $"{ev[0].Text} [{ev[0].Id}] Nobody reads the release notes.");

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "--sentences", "4", "-o", "json"));

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("sentences").GetArrayLength().ShouldBe(4);
        var r = doc.RootElement.GetProperty("rephrase");
        r.GetProperty("status").GetString().ShouldBe("ok");
        r.GetProperty("model").GetString().ShouldBe("stub-model");
        r.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        var sentences = r.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Select(s => s.GetProperty("verdict").GetString()).ShouldBe(["supported", "uncited"]);
        sentences[0].GetProperty("cites")[0].GetString().ShouldBe("F1");
        r.GetProperty("counts").GetProperty("supported").GetInt32().ShouldBe(1);
        r.GetProperty("counts").GetProperty("uncited").GetInt32().ShouldBe(1);
        var evidence = r.GetProperty("evidence").EnumerateArray().ToList();
        evidence.Count.ShouldBe(4);
        evidence[0].GetProperty("source").GetString()!.ShouldStartWith("entry FB-");
        doc.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString().ShouldBe(evidence[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_server_error_exits_4_with_a_message_and_the_offline_summary_still_printed()
    {
        await using var server = new LocalServer(_ => new(500, ChatStub.Error("out of memory")));

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "-o", "markdown"));

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Out.ShouldContain("# Research summary: feedback.csv");
        run.Out.ShouldContain("Not available:");
        run.Error.ShouldContain($"popath: the generative step failed: {new Uri(server.BaseUri, "v1").AbsoluteUri}: answered HTTP 500: out of memory. The offline result is printed unchanged.");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_malformed_reply_exits_4_and_json_says_failed()
    {
        await using var server = new LocalServer(_ => new(200, "<html>proxy login</html>", "text/html"));

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "-o", "json"));

        run.ExitCode.ShouldBe(4, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("sentences").GetArrayLength().ShouldBeGreaterThan(0);
        var r = doc.RootElement.GetProperty("rephrase");
        r.GetProperty("status").GetString().ShouldBe("failed");
        r.GetProperty("error").GetString()!.ShouldContain("the reply is not a chat-completions response");
        r.GetProperty("sentences").GetArrayLength().ShouldBe(0);
        run.Error.ShouldContain("the reply is not a chat-completions response");
    }

    [Fact]
    public async Task A_reply_slower_than_the_timeout_exits_4_with_the_timeout_named()
    {
        await using var server = new LocalServer(_ => new(200, ChatStub.Completion("Late [F1]."), Delay: TimeSpan.FromSeconds(3)));

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "--ai-timeout", "0.5"));

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Out.ShouldContain("Research summary of feedback.csv");
        run.Error.ShouldContain("no reply within 0.5 s (set --ai-timeout to wait longer)");
    }

    [Fact]
    public async Task Options_are_rephrased_with_the_drafts_as_evidence()
    {
        await using var server = Model(ev => string.Join(" ", ev.First(e => e.Id == "O1").Text.Split(". ").Select(part => $"{part.TrimEnd('.')} [O1].")));

        var run = await Run(Args(server, "feedback", "options", FeedbackFile, "--goal", "password reset email", "--k", "3", "-o", "markdown"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("# Draft options: feedback.csv");
        run.Out.ShouldMatch(@"(\d+) of \1 sentences are supported");
        run.Out.ShouldContain("\\[O1\\] option 1 (");
        var prompt = ChatStub.Messages(server.Requests.Single().Body)[1].Content;
        prompt.ShouldContain("[O1] Option 1: ");
        prompt.ShouldContain("[F1] ");
    }

    [Fact]
    public async Task A_brief_is_rephrased_with_its_ranks_and_reasons_as_evidence()
    {
        await using var server = Model(ev => $"{ev.First(e => e.Id == "R1").Text} [R1] It should be first because the CEO wants it [R1-W1].");

        var run = await Run(Args(server, "brief", "--requester", "ana", BacklogFile, "-o", "json"));

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("requests").GetArrayLength().ShouldBeGreaterThan(0);
        var verdicts = doc.RootElement.GetProperty("rephrase").GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("verdict").GetString()).ToList();
        verdicts.ShouldBe(["supported", "unsupported"]);
    }

    [Fact]
    public async Task Rephrase_without_an_endpoint_is_a_usage_error_and_the_environment_defaults_fill_in()
    {
        await using var server = Model(ev => $"{ev[0].Text} [{ev[0].Id}]");

        var missing = await Run(["feedback", "summary", FeedbackFile, "--rephrase"]);
        var fromEnv = await Run(["feedback", "summary", FeedbackFile, "--k", "3", "--rephrase", "-o", "json"], new()
        {
            ["POPATH_AI_URL"] = new Uri(server.BaseUri, "v1").AbsoluteUri,
            ["POPATH_AI_MODEL"] = "env-model",
        });
        var badUrl = await Run(["feedback", "summary", FeedbackFile, "--rephrase", "--ai-url", "localhost:11434", "--ai-model", "m"]);

        missing.ExitCode.ShouldBe(2, missing.ToString());
        missing.Error.ShouldContain("--rephrase needs --ai-url URL (or $POPATH_AI_URL) and --ai-model M (or $POPATH_AI_MODEL)");
        missing.Out.ShouldBeEmpty();
        fromEnv.ExitCode.ShouldBe(0, fromEnv.ToString());
        using (var doc = JsonDocument.Parse(fromEnv.Out))
        {
            doc.RootElement.GetProperty("rephrase").GetProperty("model").GetString().ShouldBe("env-model");
        }

        badUrl.ExitCode.ShouldBe(2);
        badUrl.Error.ShouldContain("is not an http or https URL");
    }

    [Fact]
    public async Task Without_rephrase_no_request_is_made_even_when_the_environment_names_an_endpoint()
    {
        await using var server = Model(ev => "unused");
        var variables = new Dictionary<string, string> { ["POPATH_AI_URL"] = server.BaseUri.AbsoluteUri, ["POPATH_AI_MODEL"] = "m" };

        var run = await Run(["feedback", "summary", FeedbackFile, "--k", "3", "-o", "json"], variables);

        run.ExitCode.ShouldBe(0, run.ToString());
        server.Requests.ShouldBeEmpty();
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.TryGetProperty("rephrase", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_key_comes_from_the_named_variable_goes_as_a_bearer_token_and_is_never_printed()
    {
        const string key = "sk-local-987654321";
        await using var server = Model(ev => $"{ev[0].Text} [{ev[0].Id}]");

        var unset = await Run(Args(server, "feedback", "summary", FeedbackFile, "--ai-key-env", "MY_AI_KEY"));
        var set = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "--ai-key-env", "MY_AI_KEY", "-o", "json"), new() { ["MY_AI_KEY"] = key });
        var remote = await Run(["feedback", "summary", FeedbackFile, "--rephrase", "--ai-url", "http://models.example.invalid/v1", "--ai-model", "m", "--ai-key-env", "MY_AI_KEY"],
            new() { ["MY_AI_KEY"] = key });

        unset.ExitCode.ShouldBe(2);
        unset.Error.ShouldContain("the environment variable MY_AI_KEY named by --ai-key-env is not set or empty");
        set.ExitCode.ShouldBe(0, set.ToString());
        server.Requests.Single().Authorization.ShouldBe($"Bearer {key}");
        set.Out.ShouldNotContain(key);
        set.Error.ShouldNotContain(key);
        remote.ExitCode.ShouldBe(2);
        remote.Error.ShouldContain("refusing to send the key over plain http to models.example.invalid");
    }

    [Fact]
    public async Task Generated_markup_is_escaped_in_markdown()
    {
        await using var server = Model(ev => $"<script>alert(1)</script> {ev[0].Text} [{ev[0].Id}]");

        var run = await Run(Args(server, "feedback", "summary", FeedbackFile, "--k", "3", "-o", "markdown"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldNotContain("<script>");
        run.Out.ShouldContain("&lt;script&gt;");
    }

    [GeneratedRegex(@"^\[([A-Za-z0-9_.\-]+)\] (.*)$", RegexOptions.Multiline)]
    private static partial Regex EvidenceLine();
}
