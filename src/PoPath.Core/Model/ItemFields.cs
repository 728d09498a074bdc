namespace PoPath.Core.Model;

/// <summary>The stable field names used in evidence and in JSON output.</summary>
public static class ItemFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string AcceptanceCriteria = "acceptance_criteria";
    public const string Priority = "priority";
    public const string DueDate = "due_date";
    public const string Links = "links";
    public const string Wsjf = "wsjf";

    /// <summary>The free-text fields in the order detectors read them.</summary>
    public static IReadOnlyList<string> TextFields { get; } = [Title, Description, AcceptanceCriteria];
}
