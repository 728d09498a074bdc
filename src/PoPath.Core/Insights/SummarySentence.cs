namespace PoPath.Core.Insights;

/// <summary>One sentence of a research summary: a verbatim span of a feedback entry (<c>entry.Text[Start..End] == Text</c>) and the theme it speaks for.</summary>
public sealed record SummarySentence(string EntryId, string Text, int Start, int End, int Theme);
