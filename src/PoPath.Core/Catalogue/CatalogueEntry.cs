namespace PoPath.Core.Catalogue;

/// <summary>A certification or course with its sourced facts, its prerequisites as catalogue ids, and its learning objectives.</summary>
/// <param name="Id">The stable catalogue id (DESIGN §7).</param>
/// <param name="Aliases">Other ids accepted in a profile (e.g. the reference's <c>sa-cspo</c>).</param>
/// <param name="Context">When set (<c>safe</c>), the entry is only for people working in that context.</param>
/// <param name="Requires">Catalogue ids that must be held before this one (from the sourced prerequisites).</param>
/// <param name="RequiresPoMonths">Months of Product Owner work required, or 0.</param>
/// <param name="ObjectivesSource">Where the objectives come from; unverified when there are none.</param>
public sealed record CatalogueEntry(
    string Id,
    IReadOnlyList<string> Aliases,
    string Name,
    string Issuer,
    string Level,
    CatalogueCategory Category,
    string? Context,
    string Track,
    IReadOnlyList<string> Requires,
    int RequiresPoMonths,
    CatalogueFacts Facts,
    IReadOnlyList<LearningObjective> Objectives,
    SourcedFact ObjectivesSource)
{
    /// <summary>True for entries that are only for people working in SAFe.</summary>
    public bool SafeOnly => Context == "safe";
}
