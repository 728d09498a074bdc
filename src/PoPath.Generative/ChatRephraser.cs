using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;
using PoPath.Core.Insights.Generative;

namespace PoPath.Generative;

/// <summary>Sends a <see cref="RephrasePrompt"/> to an OpenAI-compatible chat-completions endpoint and verifies the reply's citations.</summary>
/// <remarks>
/// Expected failures are values: an HTTP error, a timeout, a refused connection, a reply that is not a chat completion or
/// is over the size cap all come back as <see cref="RephraseResult.Error"/>, one sentence naming the endpoint. Only the
/// caller's own cancellation throws. The key is sent as a bearer token only over https or to a loopback address, is never
/// part of a message (an error body that echoes it is redacted) and nothing is logged. No retries: one call, one answer.
/// </remarks>
public static class ChatRephraser
{
    /// <param name="apiKey">The key, or null for an endpoint that needs none (a local Ollama).</param>
    /// <param name="handler">The HTTP handler to send through (tests); null for a new one.</param>
    public static async Task<RephraseResult> RephraseAsync(GenerativeEndpoint endpoint, string? apiKey, RephrasePrompt prompt,
        VerifierOptions? verifier = null, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(prompt);
        var where = endpoint.Display;
        RephraseResult Fail(string what) => new(where, endpoint.Model, null, null, $"{where}: {Redact(what, apiKey)}", prompt);

        if (!string.IsNullOrEmpty(apiKey) && !endpoint.MaySendKey)
        {
            return Fail("refusing to send the key over plain http to a host that is not this machine; use https");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(endpoint.Timeout);
        using var http = new HttpClient(new ReplySizeLimit(endpoint.MaxReplyBytes, handler ?? new SocketsHttpHandler()), disposeHandler: handler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint.Url,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // Our own deadline below decides; the pipeline's per-try timeout only backs it up.
            NetworkTimeout = endpoint.Timeout + TimeSpan.FromSeconds(5),
            UserAgentApplicationId = "popath",
        };
#pragma warning disable OPENAI001 // Evaluation API: the only way to send no Authorization header at all when no key is set.
        var client = string.IsNullOrEmpty(apiKey)
            ? new OpenAIClient(new NoKey(), options)
            : new OpenAIClient(new ApiKeyCredential(apiKey), options);
#pragma warning restore OPENAI001
        using var chat = client.GetChatClient(endpoint.Model).AsIChatClient()
            .AsBuilder()
            .ConfigureOptions(o =>
            {
                // Deterministic as far as the endpoint allows; a rephrasing needs no creativity.
                o.Temperature = 0;
                o.MaxOutputTokens = endpoint.MaxOutputTokens;
            })
            .Build();

        string text;
        try
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, prompt.System), new ChatMessage(ChatRole.User, prompt.User)],
                cancellationToken: timeout.Token);
            text = response.Text;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(Describe(e, endpoint, timeout.IsCancellationRequested));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("the reply has no text (no choices, or an empty message)");
        }

        var verified = new CitationVerifier(prompt.Evidence, verifier).VerifyReply(text);
        return new RephraseResult(where, endpoint.Model, text, verified, null, prompt);
    }

    private static string Describe(Exception e, GenerativeEndpoint endpoint, bool timedOut)
    {
        if (Find<ReplyTooLargeException>(e) is { } large)
        {
            return large.Message + "; stopped reading";
        }

        if (timedOut || Find<TimeoutException>(e) is not null || Find<OperationCanceledException>(e) is not null)
        {
            return $"no reply within {endpoint.Timeout.TotalSeconds:0.#} s" + (endpoint.TimeoutAdvice is { } advice ? $" ({advice})" : "");
        }

        if (e is ClientResultException { Status: > 0 } http)
        {
            var detail = ErrorDetail(http.GetRawResponse());
            return $"answered HTTP {http.Status}{(detail is null ? "" : ": " + detail)}"
                + (http.Status == 404 ? $" (is the URL the API base, e.g. …/v1, and is model '{endpoint.Model}' there?)" : "");
        }

        if (Find<SocketException>(e) is { } socket)
        {
            return $"could not connect ({socket.SocketErrorCode}: {socket.Message})";
        }

        if (Find<HttpRequestException>(e) is { } request)
        {
            return $"could not connect ({Clean(request.Message)})";
        }

        if (Find<JsonException>(e) is not null || e is FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            return "the reply is not a chat-completions response (malformed JSON or missing fields)";
        }

        return $"the call failed ({e.GetType().Name}: {Clean(e.Message)})";
    }

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is T t)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The error message an OpenAI-style error body carries (<c>error.message</c>, <c>message</c> or <c>detail</c>), cleaned and capped.</summary>
    private static string? ErrorDetail(PipelineResponse? response)
    {
        try
        {
            var body = response?.Content?.ToString();
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error))
            {
                root = error;
            }

            foreach (var name in new[] { "message", "detail" })
            {
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.String)
                {
                    return Clean(m.GetString()!);
                }
            }

            return root.ValueKind == JsonValueKind.String ? Clean(root.GetString()!) : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Text from the other side, for one line of a message: control characters out, at most 200 characters.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 201));
        foreach (var c in text)
        {
            if (sb.Length == 200)
            {
                sb.Append('…');
                break;
            }

            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString().Trim();
    }

    private static string Redact(string text, string? key) =>
        string.IsNullOrEmpty(key) || key.Length < 4 ? text : text.Replace(key, "[key]", StringComparison.Ordinal);

    /// <summary>No Authorization header: for endpoints that need no key.</summary>
    private sealed class NoKey : AuthenticationPolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
            ProcessNext(message, pipeline, currentIndex);

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
            ProcessNextAsync(message, pipeline, currentIndex);
    }
}
