using System.Globalization;
using PoPath.Core.History;
using PoPath.Core.Organisation;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Signals.Findings;

/// <summary>decision-room: the backlog order is changed mostly by one to three people other than the product owner.</summary>
/// <remarks>
/// Over the reported periods (from the first period's start to the last one's end): at least
/// <see cref="MinimumOverrides"/> order changes by others than the product owner, making at least
/// <see cref="MinimumShare"/> of all order changes, and at most three of those people together making at least
/// <see cref="Concentration"/> of them. Needs a product owner (set or inferred). Docs: <c>docs/signals/order_overrides.md</c>.
/// </remarks>
public sealed class DecisionRoomRule : IFindingRule
{
    public const int MinimumOverrides = 5;
    public const double MinimumShare = 0.25;
    public const double Concentration = 0.75;
    private const int MaxEvents = 20;

    public string Kind => "decision-room";

    public IEnumerable<OrganisationFinding> Find(SignalContext context, IReadOnlyList<SignalSeries> signals)
    {
        var po = context.ProductOwner;
        if (po.Name is null || context.Periods.Count == 0)
        {
            yield break;
        }

        var from = context.Periods.Min(p => p.Start);
        var to = context.Periods.Max(p => p.End);
        var overrides = new List<ItemEvent>();
        var all = 0;
        foreach (var e in context.EventsIn(from, to))
        {
            if (OrderOverridesSignal.IsOrderChange(e))
            {
                all++;
                if (!po.Is(e.Actor))
                {
                    overrides.Add(e);
                }
            }
        }

        var share = all == 0 ? 0 : (double)overrides.Count / all;
        if (overrides.Count < MinimumOverrides || share < MinimumShare)
        {
            yield break;
        }

        var byActor = overrides.GroupBy(e => e.Actor!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Actor: g.Key, Count: g.Count())).OrderByDescending(a => a.Count).ThenBy(a => a.Actor, StringComparer.Ordinal).ToList();
        var few = new List<(string Actor, int Count)>();
        var covered = 0;
        foreach (var a in byActor.Take(3))
        {
            few.Add(a);
            covered += a.Count;
            if (covered >= Concentration * overrides.Count)
            {
                break;
            }
        }

        if (covered < Concentration * overrides.Count)
        {
            yield break; // spread over many people: a signal to watch, not a decision held by a few.
        }

        var names = string.Join(", ", few.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Actor} ({a.Count})")));
        var who = po.Inferred ? $"{po.Name}, inferred as the product owner because they rank most" : $"the product owner {po.Name}";
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Priorities are overridden: {overrides.Count} of the {all} rank and priority changes ({share:P0}) were made by others than {who}, {covered} of them by {names}. No course for the product owner repairs that. The decision room has to come from the organisation: agree who decides the order of this backlog, and route requests to change it through the product owner.");
        var evidence = new List<FindingEvidence>
        {
            new("signal", OrderOverridesSignal.Id, string.Create(CultureInfo.InvariantCulture, $"{overrides.Count} of {all} order changes by others than the product owner, {from:yyyy-MM-dd} to {to:yyyy-MM-dd}")),
        };
        evidence.AddRange(few.Select(a => new FindingEvidence("actor", a.Actor, string.Create(CultureInfo.InvariantCulture, $"{a.Count} order changes"))));
        evidence.AddRange(overrides.Where(e => few.Any(a => string.Equals(a.Actor, e.Actor!.Trim(), StringComparison.OrdinalIgnoreCase))).Take(MaxEvents)
            .Select(e => new FindingEvidence("event", Ref(e), $"{EventNames.Of(e.Kind).Replace('_', ' ')} by {e.Actor} on {e.At:yyyy-MM-dd}")));
        yield return new OrganisationFinding(Kind, message, evidence);
    }

    internal static string Ref(ItemEvent e) => e.ChangeId is { } c ? $"{e.ItemId}#{c}" : $"{e.ItemId}@{e.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
}
