namespace PoPath.Generative;

/// <summary>Where the optional generative step sends its prompt: an OpenAI-compatible base URL (<c>{Url}/chat/completions</c>) and a model.</summary>
/// <remarks>The key is not part of it: it is read from the environment variable the user names and handed to
/// <see cref="ChatRephraser"/> separately, so no settings object ever holds or prints it.</remarks>
public sealed record GenerativeEndpoint
{
    /// <summary>The default time the whole call may take.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The default cap on the size of the HTTP reply body (256 KiB).</summary>
    public const int DefaultMaxReplyBytes = 256 * 1024;

    private GenerativeEndpoint(Uri url, string model)
    {
        Url = url;
        Model = model;
    }

    /// <summary>The base URL, without a trailing <c>/chat/completions</c> or slash.</summary>
    public Uri Url { get; }

    /// <summary>The model name the endpoint knows, e.g. <c>llama3.1</c>.</summary>
    public string Model { get; }

    /// <summary>How long the call may take, connecting and reading included; default 60 s.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The largest reply body read; a larger one is an error, not a truncated reply.</summary>
    public int MaxReplyBytes { get; init; } = DefaultMaxReplyBytes;

    /// <summary>What the user may do about a timeout, added to its message (the CLI names <c>--ai-timeout</c>); null for nothing.</summary>
    public string? TimeoutAdvice { get; init; }

    /// <summary>The most tokens the model is asked to write (<c>max_tokens</c>).</summary>
    public int MaxOutputTokens { get; init; } = 2048;

    /// <summary>The URL as shown in messages: scheme, host, port and path; never user info or query.</summary>
    public string Display => Url.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>Parses a base URL and a model; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryCreate(string? url, string? model, out GenerativeEndpoint? endpoint, out string? error)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"'{url}' is not an http or https URL (for a local Ollama: http://127.0.0.1:11434/v1)";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            error = "the URL must not carry a user name, password, query or fragment (put the key in an environment variable and name that variable instead)";
            return false;
        }

        if (string.IsNullOrWhiteSpace(model) || model.Length > 200 || model.Any(char.IsControl))
        {
            error = "the model name is empty, longer than 200 characters or has control characters";
            return false;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/chat/completions", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/chat/completions".Length];
        }

        endpoint = new GenerativeEndpoint(new UriBuilder(uri) { Path = path + "/" }.Uri, model.Trim());
        error = null;
        return true;
    }

    /// <summary>True when a key may be sent there: over https, or over http to a loopback address (a local model or test server).</summary>
    public bool MaySendKey => Url.Scheme == Uri.UriSchemeHttps || Url.IsLoopback
        || (System.Net.IPAddress.TryParse(Url.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
