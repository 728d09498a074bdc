using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace PoPath.Import.Live;

/// <summary>Sends a connector's requests with retries (429 with <c>Retry-After</c>, 5xx, network failures) and turns failures into messages.</summary>
/// <remarks>Messages name the URL without its query and never the token; the caller's <see cref="HttpClient"/> is used as given.</remarks>
internal sealed class LiveClient
{
    private readonly HttpClient _http;
    private readonly Action<HttpRequestMessage> _authorize;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public LiveClient(HttpClient http, LiveOptions options, Action<HttpRequestMessage> authorize)
    {
        _http = http;
        _authorize = authorize;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => IsRetryable(r)),
                DelayGenerator = args =>
                {
                    var wait = args.Outcome.Result is { } r ? RetryAfter(r) : null;
                    return new ValueTask<TimeSpan?>(wait is { } w && w <= options.MaxRetryAfter ? w : null);
                },
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();
    }

    private static bool IsRetryable(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.TooManyRequests
        || (int)r.StatusCode >= 500
        || (r.StatusCode == HttpStatusCode.Forbidden && r.Headers.TryGetValues("x-ratelimit-remaining", out var left) && left.FirstOrDefault() == "0");

    private static TimeSpan? RetryAfter(HttpResponseMessage r)
    {
        if (r.Headers.RetryAfter is { } ra)
        {
            return ra.Delta ?? (ra.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        }

        if (r.Headers.TryGetValues("x-ratelimit-reset", out var reset)
            && long.TryParse(reset.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(epoch) - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Sends a request built by <paramref name="build"/> (once per attempt) and returns the JSON body, or a failure message.</summary>
    public async Task<LiveResponse> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        string where;
        using (var probe = build())
        {
            where = $"{probe.Method} {Describe(probe.RequestUri)}";
        }

        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    using var request = build();
                    _authorize(request);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return LiveResponse.Fail(where, $"cannot reach the server: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return LiveResponse.Fail(where, "the request timed out");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            var looksHtml = media.Contains("html", StringComparison.OrdinalIgnoreCase) || FirstChar(body) == '<';
            if (response.IsSuccessStatusCode && !looksHtml)
            {
                return new LiveResponse(where, body, response.Headers, null);
            }

            var message = status switch
            {
                401 => "401 Unauthorized: the token was refused; check the token the environment variable holds and that it has not expired",
                403 => "403 Forbidden: the token is valid but may not read this; check its scopes and the project's permissions",
                404 => "404 Not Found: check the site URL, project, repository or issue key",
                410 => "410 Gone: this endpoint was removed (Jira Cloud removed /rest/api/2/search; use the Cloud deployment, /rest/api/3/search/jql)",
                429 => "429 Too Many Requests: still rate limited after the retries",
                >= 500 => $"{status} {response.ReasonPhrase}: the server failed, still after the retries",
                _ when looksHtml => $"expected JSON but got an HTML page (status {status}, {(media.Length > 0 ? media : "no content type")}) — a login, SSO or proxy page? check the URL",
                _ => $"{status} {response.ReasonPhrase}",
            };
            return LiveResponse.Fail(where, message);
        }
    }

    private static char FirstChar(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF))
            {
                return (char)b;
            }
        }

        return '\0';
    }

    /// <summary>A URL for messages: scheme, host and path, no query (which may hold user data).</summary>
    public static string Describe(Uri? uri) => uri is null ? "?" : uri.GetLeftPart(UriPartial.Path);
}
