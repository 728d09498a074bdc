using PoPath.Core.Signals;

namespace PoPath.Core.Advisor;

/// <summary>"What managers should look for": the role-maturity signals of DESIGN §4 and what the organisation must provide.</summary>
/// <remarks>
/// The signal values come from <see cref="SignalSummary"/> readings computed from history by the signals analysis; this type
/// only lays them beside the definitions, so it works with none (every reading null) and fills in as readings arrive.
/// </remarks>
public sealed record ManagerChecklist(IReadOnlyList<ChecklistRow> Signals, IReadOnlyList<OrganisationNeed> Needs)
{
    /// <summary>The signals of DESIGN §4 with what a manager should look for, in order.</summary>
    public static IReadOnlyList<(string Id, string LookFor)> Definitions { get; } =
    [
        ("random_demand", "Items added to a sprint after it started, as a share of those committed at the start: a high share means others push work past the PO."),
        ("order_overrides", "Rank or priority changes made by someone other than the PO, and by whom: concentration in a few people means the loudest stakeholder decides."),
        ("wait_transparency", "Deferred, declined or long-waiting requests that carry a stated reason: the PO explains what waits and why."),
        ("review_learning", "Backlog changes within days of a Sprint Review that trace back to it: the review changes what comes next."),
        ("outcome_talk", "Top items whose expected outcome is stated: the PO talks about outcomes, not only output."),
        ("decision_quality", "Top items that pass the practical test: the PO can explain need, reason, trade-off, outcome and order."),
    ];

    /// <summary>The checklist with the latest reading of each signal from <paramref name="readings"/> (the last one given per id).</summary>
    public static ManagerChecklist Build(Profile profile, IReadOnlyList<SignalSummary>? readings)
    {
        var rows = Definitions.Select(d => new ChecklistRow(d.Id, d.LookFor, readings?.LastOrDefault(r => r.Id == d.Id))).ToList();
        var needs = new List<OrganisationNeed>
        {
            new("decision-room", "Decision room: the PO decides the order of the backlog; stakeholders persuade the PO instead of overriding.",
                profile.PrioritiesOverridden is { } o ? !o : null, "priorities_overridden"),
            new("access.users", "Access to users and customers, to state their needs from evidence.", profile.Access.Users, "access.users"),
            new("access.data", "Access to product data, to set and check expected outcomes.", profile.Access.Data, "access.data"),
            new("access.commercial", "Access to the commercial context (revenue, cost, contracts), to give business reasons.", profile.Access.Commercial, "access.commercial"),
        };
        return new ManagerChecklist(rows, needs);
    }
}
