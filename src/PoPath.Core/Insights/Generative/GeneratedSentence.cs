namespace PoPath.Core.Insights.Generative;

/// <summary>One sentence of a generated reply, its citation markers taken out, and the ids it cited in order of first mention.</summary>
public sealed record GeneratedSentence(string Text, IReadOnlyList<string> CitedIds);
