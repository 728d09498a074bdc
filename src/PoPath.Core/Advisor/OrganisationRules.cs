using PoPath.Core.Model;
using PoPath.Core.Organisation;
using PoPath.Core.Signals;

namespace PoPath.Core.Advisor;

/// <summary>Rule 5 of the advisor: organisational blockers from profile answers and signals, and the gap elements they explain.</summary>
internal static class OrganisationRules
{
    public static List<OrganisationFinding> Findings(Profile p, IReadOnlyList<SignalSummary> signals)
    {
        var result = new List<OrganisationFinding>();
        var overrides = signals.Where(s => s.Id == "order_overrides" && s.Band == SignalBand.Concern).ToList();
        if (p.PrioritiesOverridden == true || overrides.Count > 0)
        {
            var evidence = new List<FindingEvidence>();
            if (p.PrioritiesOverridden == true)
            {
                evidence.Add(new FindingEvidence("profile", "priorities_overridden", "priorities_overridden = true"));
            }

            evidence.AddRange(overrides.Select(s => new FindingEvidence("signal", $"order_overrides/{s.Period}", $"order_overrides {RouteAdvisor.Value(s)} ({RouteAdvisor.Band(s.Band)}) in {s.Period}")));
            evidence.AddRange(signals.Where(s => s.Id == "random_demand" && s.Band == SignalBand.Concern)
                .Select(s => new FindingEvidence("signal", $"random_demand/{s.Period}", $"random_demand {RouteAdvisor.Value(s)} ({RouteAdvisor.Band(s.Band)}) in {s.Period}")));
            result.Add(new OrganisationFinding("decision-room",
                "Priorities are overridden: the Product Owner needs the room to decide the order of the backlog. No course repairs that; the organisation has to give the decisions to the PO and route requests through them.",
                evidence));
        }

        var noAccess = new List<(string Field, string Words)>();
        if (p.Access.Users == false)
        {
            noAccess.Add(("access.users", "users"));
        }

        if (p.Access.Data == false)
        {
            noAccess.Add(("access.data", "product data"));
        }

        if (p.Access.Commercial == false)
        {
            noAccess.Add(("access.commercial", "the commercial context"));
        }

        if (noAccess.Count > 0)
        {
            result.Add(new OrganisationFinding("access",
                $"No access to {string.Join(", ", noAccess.Select(a => a.Words))}: the Product Owner cannot state customer needs, outcomes or business reasons they cannot see. The manager has to open that access; a course does not.",
                [.. noAccess.Select(a => new FindingEvidence("profile", a.Field, $"{a.Field} = false"))]));
        }

        return result;
    }

    /// <summary>The elements an organisational blocker explains, with the blocker in words.</summary>
    public static Dictionary<Element, string> BlockedElements(Profile p, List<OrganisationFinding> organisation)
    {
        var blocked = new Dictionary<Element, string>();
        if (organisation.Any(o => o.Kind == "decision-room"))
        {
            blocked[Element.OrderingRationale] = "overridden priorities (decision room)";
            blocked[Element.TradeOff] = "overridden priorities (decision room)";
        }

        if (p.Access.Users == false)
        {
            blocked[Element.CustomerNeed] = "no access to users (access.users = false)";
        }

        if (p.Access.Data == false)
        {
            blocked[Element.ExpectedOutcome] = "no access to product data (access.data = false)";
        }

        if (p.Access.Commercial == false)
        {
            blocked[Element.BusinessReason] = "no access to the commercial context (access.commercial = false)";
        }

        return blocked;
    }
}
