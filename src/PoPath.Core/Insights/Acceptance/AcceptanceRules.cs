namespace PoPath.Core.Insights.Acceptance;

/// <summary>Stable ids of the acceptance-check findings (docs/assist.md describes each).</summary>
public static class AcceptanceRules
{
    public const string None = "acceptance.none";
    public const string ParseError = "acceptance.gherkin-error";
    public const string Vague = "acceptance.vague";
    public const string NoObservableResult = "acceptance.no-observable-result";
    public const string NoUnhappyPath = "acceptance.no-unhappy-path";
    public const string OutcomeNotTouched = "acceptance.outcome-not-touched";
    public const string NoOutcomeStated = "acceptance.no-outcome-stated";
}
