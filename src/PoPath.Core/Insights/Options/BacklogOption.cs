using PoPath.Core.Model;

namespace PoPath.Core.Insights.Options;

/// <summary>A draft backlog item for the Product Owner to accept, edit or discard; PoPath never adds it to the backlog.</summary>
/// <param name="Kind"><c>slice</c> (the most named case first), <c>whole</c> (the whole theme), <c>extend</c> (grow an item that already addresses it) or <c>segment</c> (one customer segment first).</param>
/// <param name="FeedbackIds">The entries that motivate it.</param>
/// <param name="ItemIds">Backlog items that motivate it (the ones that already address the theme).</param>
/// <param name="Answers">A first answer to each of the five questions, null where the evidence does not allow one.</param>
public sealed record BacklogOption(
    string Kind,
    string Title,
    string Approach,
    IReadOnlyList<string> FeedbackIds,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<OptionAnswer> Answers);

/// <summary>A first answer to one question of the practical test, or null when the evidence gives none.</summary>
public sealed record OptionAnswer(Element Element, string? Text);
