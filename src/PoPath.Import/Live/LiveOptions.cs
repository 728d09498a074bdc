namespace PoPath.Import.Live;

/// <summary>How a live connector retries and pages; the defaults suit the public trackers' documented limits.</summary>
public record LiveOptions
{
    /// <summary>Retries after a 429, a 5xx or a network failure before giving up with an error.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first back-off delay, doubled (with jitter) on each retry when the server gives no <c>Retry-After</c>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait a <c>Retry-After</c> header may ask for; a longer ask falls back to the exponential back-off instead of hanging.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Results per page requested.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>The most pages fetched from one endpoint (a guard against servers that page forever).</summary>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>The limits of the readers that parse the fetched JSON.</summary>
    public ImportOptions Import { get; init; } = ImportOptions.Default;
}
