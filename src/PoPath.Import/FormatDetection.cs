namespace PoPath.Import;

/// <summary>The outcome of auto-detection: a format, or why none fits.</summary>
public sealed record FormatDetection(BacklogFormat? Format, string? Problem)
{
    public static FormatDetection Of(BacklogFormat format) => new(format, null);

    public static FormatDetection Fail(string problem) => new(null, problem);
}
