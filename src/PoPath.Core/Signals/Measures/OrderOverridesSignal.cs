using System.Globalization;
using PoPath.Core.History;

namespace PoPath.Core.Signals.Measures;

/// <summary>order_overrides: rank and priority changes made by someone other than the product owner, as a share of all order changes.</summary>
/// <remarks>Definition and edge cases: <c>docs/signals/order_overrides.md</c>.</remarks>
public sealed class OrderOverridesSignal : ISignal
{
    public const string Id = "order_overrides";

    public static SignalThresholds DefaultThresholds { get; } = new(Watch: 0.2, Concern: 0.4, HigherIsWorse: true);

    public SignalDescriptor Descriptor { get; } = new(Id, "Rank and priority changes by others than the product owner, as a share of all order changes", DefaultThresholds);

    /// <summary>True for the events that change the backlog order: rank moves and priority changes that name an actor.</summary>
    public static bool IsOrderChange(ItemEvent e) =>
        e.Kind is ItemEventKind.RankMoved or ItemEventKind.PriorityChanged && !string.IsNullOrWhiteSpace(e.Actor);

    public IReadOnlyList<SignalMeasure> Compute(SignalContext context)
    {
        var po = context.ProductOwner;
        var result = new List<SignalMeasure>(context.Periods.Count);
        foreach (var period in context.Periods)
        {
            if (po.Name is null)
            {
                result.Add(SignalMeasure.Nothing("no product owner is set and none can be inferred"));
                continue;
            }

            var evidence = new EvidenceList(context.Options.MaxEvidence);
            var byActor = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            int all = 0, others = 0;
            foreach (var e in context.EventsIn(period.Start, period.End))
            {
                if (!IsOrderChange(e))
                {
                    continue;
                }

                all++;
                if (po.Is(e.Actor))
                {
                    continue;
                }

                others++;
                var actor = e.Actor!.Trim();
                byActor[actor] = byActor.GetValueOrDefault(actor) + 1;
                if (evidence.Take())
                {
                    evidence.Keep(SignalEvidence.Of(e, e.Kind == ItemEventKind.RankMoved
                    ? $"moved {Direction(e.Direction)} by {actor}, not the product owner"
                    : $"priority {e.From ?? "(none)"} → {e.To ?? "(none)"} by {actor}, not the product owner"));
                }
            }

            string note;
            if (all == 0)
            {
                note = "no rank or priority change in this period";
            }
            else if (others == 0)
            {
                note = string.Create(CultureInfo.InvariantCulture, $"all {all} order changes by the product owner {po.Name}");
            }
            else
            {
                var top = byActor.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
                note = string.Create(CultureInfo.InvariantCulture, $"{others} of {all} order changes by others than {po.Name}; most by {top.Key} ({top.Value})");
            }

            result.Add(SignalMeasure.Share(others, all, note, evidence));
        }

        return result;
    }

    private static string Direction(RankDirection? d) => d switch
    {
        RankDirection.Up => "up",
        RankDirection.Down => "down",
        _ => "to a new position",
    };
}
