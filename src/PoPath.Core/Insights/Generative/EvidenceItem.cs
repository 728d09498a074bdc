namespace PoPath.Core.Insights.Generative;

/// <summary>One piece of evidence handed to the generative step: the key a sentence cites, what it refers to, and its text.</summary>
/// <param name="Id">The citation key the model writes in square brackets after a sentence, e.g. <c>F3</c> for <c>[F3]</c>:
/// letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, at most 32 characters, unique within a prompt.</param>
/// <param name="Source">What the text is, for the reader: a feedback entry id, an item id and field, an option.</param>
/// <param name="Text">The text the key stands for; a sentence that cites the key must be supported by it.</param>
public sealed record EvidenceItem(string Id, string Source, string Text);
