namespace PoPath.Core.Insights.Acceptance;

/// <summary>One criterion as written: a Gherkin scenario (its steps joined) or a checklist line, with its line in the criteria text (1-based).</summary>
/// <param name="Form"><c>scenario</c>, <c>checklist</c> or <c>line</c>.</param>
/// <param name="Steps">For a scenario, its steps as <c>Keyword Text</c>; empty otherwise.</param>
public sealed record AcceptanceCriterion(string Form, string Text, int Line, IReadOnlyList<string> Steps);
