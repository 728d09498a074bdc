namespace PoPath.Import.Live;

/// <summary>Which GitHub repository to read and how to authenticate.</summary>
/// <remarks>The token is passed in by the caller and only ever put in the <c>Authorization</c> header.</remarks>
public sealed record GitHubConnectorOptions : LiveOptions
{
    /// <summary>The repository as <c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>A token with read access to issues; <c>null</c> reads a public repository unauthenticated (low rate limit).</summary>
    public string? Token { get; init; }

    /// <summary>The API root; <c>https://api.github.com/</c>, or a GitHub Enterprise Server's <c>https://host/api/v3/</c>.</summary>
    public Uri ApiBase { get; init; } = new("https://api.github.com/");
}
