namespace PoPath.Core.Advisor;

/// <summary>What a Product Owner tells about their situation (DESIGN §7 profile fields).</summary>
/// <param name="Role">Current role in their own words (e.g. <c>product owner</c>, <c>business analyst</c>).</param>
/// <param name="YearsAsPo">Years of Product Owner work (0 for none).</param>
/// <param name="Teams">How many teams the PO works with; null when not answered.</param>
/// <param name="Safe">Works in SAFe (features, ART backlogs, PI Planning).</param>
/// <param name="SafeWork">Which SAFe work the PO does, in their words.</param>
/// <param name="Certifications">Catalogue ids of the certifications held (aliases already resolved).</param>
/// <param name="AiNeeds">Where product decisions need better preparation with AI (e.g. <c>feedback-clustering</c>).</param>
/// <param name="PrioritiesOverridden">Priorities are overridden by stakeholders; null when not answered.</param>
public sealed record Profile(
    string Role,
    double YearsAsPo,
    ScrumKnowledge ScrumKnowledge,
    LearningPreference LearningPreference,
    int? Teams,
    bool Safe,
    IReadOnlyList<string> SafeWork,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<string> AiNeeds,
    ProfileAccess Access,
    bool? PrioritiesOverridden)
{
    /// <summary>The field names of the file form, in order.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
        ["role", "years_as_po", "scrum_knowledge", "learning_preference", "teams", "safe", "safe_work", "certifications", "ai_needs", "access", "priorities_overridden"];

    /// <summary>The AI needs PoPath names in its questions (DESIGN §5); other wording is accepted as given.</summary>
    public static IReadOnlyList<string> KnownAiNeeds { get; } =
        ["research-summaries", "backlog-options", "feedback-clustering", "acceptance-checks", "stakeholder-preparation"];

    public int MonthsAsPo => (int)Math.Floor(YearsAsPo * 12 + 1e-9);

    public static string Id(ScrumKnowledge k) => k.ToString().ToLowerInvariant();

    public static string Id(LearningPreference p) => p.ToString().ToLowerInvariant();
}
