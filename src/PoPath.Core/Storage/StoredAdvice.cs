using PoPath.Core.Advisor;
using PoPath.Core.Organisation;

namespace PoPath.Core.Storage;

/// <summary>A profile and the route produced from it, as saved for a workspace by <c>popath advise --workspace W --save</c>.</summary>
/// <param name="Number">1, 2, … per workspace, in the order saved.</param>
/// <param name="Snapshot">The snapshot whose learning gap the route used, or null when it used none.</param>
public sealed record StoredAdvice(
    int Number,
    DateTimeOffset SavedAt,
    int? Snapshot,
    Profile Profile,
    IReadOnlyList<StoredRouteStep> Route,
    IReadOnlyList<NotNowStep> NotNow,
    IReadOnlyList<OrganisationFinding> Organisation);

/// <summary>One saved route step: the catalogue id and its reasons, as they were given.</summary>
public sealed record StoredRouteStep(int Position, string Id, IReadOnlyList<string> Why, IReadOnlyList<string> WillNotFix);
