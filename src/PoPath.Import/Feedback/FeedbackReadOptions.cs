namespace PoPath.Import.Feedback;

/// <summary>Limits of <see cref="FeedbackReader"/>; past them the read stops with an error naming the limit.</summary>
public sealed record FeedbackReadOptions
{
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    public int MaxEntries { get; init; } = 200_000;

    /// <summary>Longest text of one entry, in characters; a longer entry is reported and skipped.</summary>
    public int MaxTextLength { get; init; } = 20_000;

    /// <summary>Longest id, source, customer or segment value.</summary>
    public int MaxFieldLength { get; init; } = 256;
}
