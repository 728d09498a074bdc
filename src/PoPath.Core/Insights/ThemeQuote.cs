namespace PoPath.Core.Insights;

/// <summary>A verbatim feedback text with the id of the entry it comes from.</summary>
public sealed record ThemeQuote(string EntryId, string Text);
