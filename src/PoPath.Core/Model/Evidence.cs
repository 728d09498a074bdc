namespace PoPath.Core.Model;

/// <summary>The exact span of item text, or the structured field, that earned a verdict.</summary>
/// <remarks>
/// For text fields, <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the field's text
/// (end exclusive) and <see cref="Text"/> equals that substring. For structured fields (due date, links,
/// WSJF, priority) the offsets are 0 and <see cref="Text"/> renders the value that was used.
/// </remarks>
public sealed record Evidence(string Field, int Start, int End, string Text)
{
    /// <summary>Evidence for a span of one of the item's text fields.</summary>
    public static Evidence Span(string field, string source, int start, int end) =>
        new(field, start, end, source[start..end]);

    /// <summary>Evidence for a structured field value.</summary>
    public static Evidence Structured(string field, string value) => new(field, 0, 0, value);
}
