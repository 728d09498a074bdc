using PoPath.Core.Model;

namespace PoPath.Core.Insights;

/// <summary>One customer comment: the evidence themes, summaries and options quote.</summary>
/// <remarks>The text is untrusted; it is kept verbatim so quotes can be checked against it.</remarks>
public sealed record FeedbackEntry
{
    /// <summary>Stable id within its set; every quote carries it.</summary>
    public required string Id { get; init; }

    /// <summary>The comment, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>Where it came from (support ticket, app review, interview …).</summary>
    public string? Source { get; init; }

    public DateTimeOffset? Date { get; init; }

    public string? Customer { get; init; }

    public string? Segment { get; init; }

    /// <summary>The file and line or JSON path it was read from, when read from a file.</summary>
    public SourceLocation? Location { get; init; }
}
