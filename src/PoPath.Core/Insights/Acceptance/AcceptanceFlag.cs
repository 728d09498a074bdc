namespace PoPath.Core.Insights.Acceptance;

/// <summary>A weakness of an item's criteria: the rule, a plain-language message, the quoted text it rests on and the question to ask.</summary>
/// <param name="Criterion">Index into <see cref="AcceptanceReport.Criteria"/>, or null when the flag is about the criteria as a whole.</param>
public sealed record AcceptanceFlag(string Rule, string Message, string Evidence, int? Criterion, string Question);
