namespace PoPath.Import;

/// <summary>Limits every reader and the loader enforce; the defaults suit real backlog exports.</summary>
public sealed record ImportOptions
{
    /// <summary>The default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The longest field (CSV cell, text line, JSON string) kept, in characters; a row or item with a longer one is skipped with a warning.</summary>
    public int MaxFieldLength { get; init; } = 1024 * 1024;

    /// <summary>The most items one input may hold; more is an error.</summary>
    public int MaxItems { get; init; } = 1_000_000;

    /// <summary>The formats the loader detects and accepts by id, in detection order.</summary>
    public IReadOnlyList<BacklogFormat> Formats { get; init; } = BacklogFormats.All;

    /// <summary>
    /// The size at which reading stops with an error instead of skipping the row: a CSV field or a JSON item
    /// this large is not held in memory. Never below 64 MiB, and at least eight times <see cref="MaxFieldLength"/>.
    /// </summary>
    internal long HardLimit => Math.Max(64L * 1024 * 1024, MaxFieldLength * 8L);
}
