namespace PoPath.Core.Insights.Generative;

/// <summary>The stable names of <see cref="CitationVerdict"/> used in JSON output.</summary>
public static class CitationVerdicts
{
    /// <summary><c>supported</c>, <c>uncited</c>, <c>unknown-id</c> or <c>unsupported</c>.</summary>
    public static string Id(this CitationVerdict verdict) => verdict switch
    {
        CitationVerdict.Supported => "supported",
        CitationVerdict.Uncited => "uncited",
        CitationVerdict.UnknownId => "unknown-id",
        CitationVerdict.Unsupported => "unsupported",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
