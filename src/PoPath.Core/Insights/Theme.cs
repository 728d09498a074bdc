namespace PoPath.Core.Insights;

/// <summary>A cluster of feedback: its distinctive terms, size, the entries in it, three quotes nearest its centre and the items that address it.</summary>
public sealed record Theme(
    int Number,
    string Label,
    IReadOnlyList<string> Terms,
    int Size,
    IReadOnlyList<ThemeQuote> Quotes,
    IReadOnlyList<string> EntryIds,
    IReadOnlyList<ThemeLink> Items);
