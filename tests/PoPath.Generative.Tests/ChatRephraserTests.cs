using System.Text.Json;
using PoPath.Core.Insights.Generative;
using PoPath.Testing;

namespace PoPath.Generative.Tests;

public sealed class ChatRephraserTests
{
    private static readonly RephrasePrompt Prompt = RephrasePrompt.Build("Rephrase this research summary for a Product Owner.",
    [
        new("F1", "FB-1", "The checkout page takes forever to load on my phone."),
        new("F2", "FB-2", "I can't pay with PayPal, so I abandoned my order."),
        new("F3", "FB-3", "Invoices should show prices in my local currency."),
    ]);

    private static GenerativeEndpoint Endpoint(Uri server, double timeoutSeconds = 10)
    {
        GenerativeEndpoint.TryCreate(new Uri(server, "v1").AbsoluteUri, "llama3.1", out var e, out var error).ShouldBeTrue(error);
        return e! with { Timeout = TimeSpan.FromSeconds(timeoutSeconds) };
    }

    private static async Task<(RephraseResult Result, LocalServer.Request Request)> Run(LocalServer.Reply reply, string? key = null, double timeout = 10)
    {
        await using var server = new LocalServer(_ => reply);
        var result = await ChatRephraser.RephraseAsync(Endpoint(server.BaseUri, timeout), key, Prompt);
        server.Requests.TryPeek(out var request);
        return (result, request!);
    }

    [Fact]
    public async Task A_well_cited_reply_is_sent_as_chat_completions_and_every_sentence_is_supported()
    {
        var (result, request) = await Run(new(200, ChatStub.Completion(
            "The checkout page takes forever to load on phones [F1]. Customers cannot pay with PayPal and abandon orders [F2].\nInvoices should show local currency prices. [F3]")));

        result.Succeeded.ShouldBeTrue(result.Error);
        result.Verified!.Sentences.Select(s => s.Verdict).ShouldAllBe(v => v == CitationVerdict.Supported);
        result.Verified.Sentences.Count.ShouldBe(3);
        request.Method.ShouldBe("POST");
        request.PathAndQuery.ShouldBe("/v1/chat/completions");
        request.Authorization.ShouldBeNull();
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("model").GetString().ShouldBe("llama3.1");
        body.RootElement.GetProperty("temperature").GetDouble().ShouldBe(0);
        var messages = ChatStub.Messages(request.Body);
        messages.Select(m => m.Role).ShouldBe(["system", "user"]);
        messages[0].Content.ShouldBe(RephrasePrompt.Instruction);
        messages[1].Content.ShouldContain("[F2] I can't pay with PayPal, so I abandoned my order.");
    }

    [Fact]
    public async Task Uncited_unknown_and_wrongly_cited_sentences_get_their_verdicts()
    {
        var (result, _) = await Run(new(200, ChatStub.Completion(
            "The checkout page takes forever to load [F1]. Customers love the new design. PayPal payments fail [F8]. Invoices should show local prices [F2].")));

        result.Succeeded.ShouldBeTrue(result.Error);
        result.Verified!.Sentences.Select(s => s.Verdict).ShouldBe(
            [CitationVerdict.Supported, CitationVerdict.Uncited, CitationVerdict.UnknownId, CitationVerdict.Unsupported]);
        result.Verified.AllSupported.ShouldBeFalse();
    }

    [Fact]
    public async Task A_server_error_is_one_message_naming_the_endpoint_and_status()
    {
        var (result, _) = await Run(new(500, ChatStub.Error("model crashed\nbadly")));

        result.Succeeded.ShouldBeFalse();
        result.Verified.ShouldBeNull();
        result.Error.ShouldNotBeNull();
        result.Error.ShouldStartWith("http://127.0.0.1:");
        result.Error.ShouldContain("/v1: answered HTTP 500: model crashed badly");
    }

    [Fact]
    public async Task A_404_hints_at_the_base_url_and_model()
    {
        var (result, _) = await Run(new(404, ChatStub.Error("model 'llama3.1' not found")));

        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("answered HTTP 404: model 'llama3.1' not found (is the URL the API base");
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"choices\": 7}")]
    public async Task A_malformed_body_is_reported_not_thrown(string body)
    {
        var (result, _) = await Run(new(200, body));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("the reply is not a chat-completions response");
    }

    [Fact]
    public async Task A_reply_without_choices_is_malformed_and_an_empty_message_has_no_text()
    {
        var (none, _) = await Run(new(200, "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}"));
        var (empty, _) = await Run(new(200, ChatStub.Completion("  ")));

        none.Error.ShouldNotBeNull();
        none.Error.ShouldContain("the reply is not a chat-completions response");
        empty.Error.ShouldNotBeNull();
        empty.Error.ShouldContain("the reply has no text");
    }

    [Fact]
    public async Task A_reply_slower_than_the_timeout_is_a_timeout_message()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (result, _) = await Run(new(200, ChatStub.Completion("Late [F1]."), Delay: TimeSpan.FromSeconds(3)), timeout: 0.5);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("no reply within 0.5 s");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_refused_connection_says_it_could_not_connect()
    {
        Uri closed;
        await using (var server = new LocalServer(_ => new(200, "")))
        {
            closed = server.BaseUri;
        }

        var result = await ChatRephraser.RephraseAsync(Endpoint(closed), null, Prompt);

        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("could not connect");
    }

    [Fact]
    public async Task A_reply_over_the_size_cap_is_refused()
    {
        await using var server = new LocalServer(_ => new(200, ChatStub.Completion(new string('x', 5000) + " [F1].")));
        var endpoint = Endpoint(server.BaseUri) with { MaxReplyBytes = 1024 };

        var result = await ChatRephraser.RephraseAsync(endpoint, null, Prompt);

        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("the reply is larger than 1 KiB");
    }

    [Fact]
    public async Task The_key_goes_as_a_bearer_token_to_loopback_and_is_redacted_from_an_echoing_error()
    {
        const string key = "sk-test-0123456789";
        var (ok, request) = await Run(new(200, ChatStub.Completion("The checkout page takes forever to load [F1].")), key);
        var (failed, _) = await Run(new(401, ChatStub.Error($"Incorrect API key provided: {key}")), key);

        ok.Succeeded.ShouldBeTrue(ok.Error);
        request.Authorization.ShouldBe($"Bearer {key}");
        failed.Error.ShouldNotBeNull();
        failed.Error.ShouldContain("HTTP 401");
        failed.Error.ShouldNotContain(key);
        failed.Error.ShouldContain("[key]");
    }

    [Fact]
    public async Task The_key_is_never_sent_over_plain_http_to_another_host()
    {
        GenerativeEndpoint.TryCreate("http://models.example.invalid/v1", "m", out var endpoint, out _).ShouldBeTrue();

        var result = await ChatRephraser.RephraseAsync(endpoint!, "sk-secret", Prompt);

        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("refusing to send the key over plain http");
        result.Error.ShouldNotContain("sk-secret");
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_turned_into_a_message()
    {
        await using var server = new LocalServer(_ => new(200, ChatStub.Completion("x [F1]."), Delay: TimeSpan.FromSeconds(2)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Should.ThrowAsync<OperationCanceledException>(() => ChatRephraser.RephraseAsync(Endpoint(server.BaseUri), null, Prompt, cancellationToken: cts.Token));
    }
}
