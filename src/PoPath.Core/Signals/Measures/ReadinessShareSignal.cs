using System.Globalization;

namespace PoPath.Core.Signals.Measures;

/// <summary>A signal read from the practical test of the top N items of a snapshot, placed in the period that holds the snapshot.</summary>
/// <remarks>
/// Each snapshot goes to the latest period that starts at or before it (a snapshot before every period is left out);
/// a period with several takes the latest. Periods without a snapshot have no value: the backlog's text was not
/// read then.
/// </remarks>
public abstract class ReadinessShareSignal : ISignal
{
    public abstract SignalDescriptor Descriptor { get; }

    /// <summary>Whether one item counts, and the evidence text saying why.</summary>
    protected abstract (bool Counts, string Text) Judge(Model.Readiness item);

    /// <summary>What the note calls the items that count (e.g. <c>state an expected outcome</c>).</summary>
    protected abstract string Counted { get; }

    public IReadOnlyList<SignalMeasure> Compute(SignalContext context)
    {
        var periods = context.Periods;
        var chosen = new SnapshotReading?[periods.Count];
        foreach (var s in context.Snapshots)
        {
            var at = -1;
            for (var i = 0; i < periods.Count && periods[i].Start <= s.At; i++)
            {
                at = i;
            }

            if (at >= 0)
            {
                chosen[at] = s; // snapshots are ordered by time: the latest wins.
            }
        }

        var result = new List<SignalMeasure>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            if (chosen[i] is not { } snap)
            {
                result.Add(SignalMeasure.Nothing(context.Snapshots.Count == 0 ? "no snapshot of the backlog was tested" : "no snapshot of the backlog falls in this period"));
                continue;
            }

            var top = snap.Run.Items.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal).Take(context.Options.Top).ToList();
            var evidence = new EvidenceList(context.Options.MaxEvidence);
            var count = 0;
            foreach (var r in top)
            {
                var (counts, text) = Judge(r);
                if (counts)
                {
                    count++;
                }

                evidence.Add(SignalEvidence.OfItem(r.Item.Id, string.Create(CultureInfo.InvariantCulture, $"rank {r.Item.Rank}: {text}")));
            }

            var note = top.Count == 0
                ? $"{snap.Label} has no items"
                : string.Create(CultureInfo.InvariantCulture, $"{count} of the top {top.Count} items of {snap.Label} {Counted}");
            result.Add(SignalMeasure.Share(count, top.Count, note, evidence));
        }

        return result;
    }
}
