using PoPath.Core.Model;
using PoPath.Core.Organisation;

namespace PoPath.Core.Advisor;

/// <summary>The advisor's answer (DESIGN §7 <c>advise</c>): the route, what is not for now, and what is asked of the organisation.</summary>
/// <param name="Focus">The elements the learning gap emphasises (most missing first); empty without a backlog.</param>
public sealed record Advice(
    IReadOnlyList<RouteStep> Route,
    IReadOnlyList<NotNowStep> NotNow,
    IReadOnlyList<OrganisationFinding> Organisation,
    IReadOnlyList<ElementGap> Focus);
