using System.Globalization;

namespace PoPath.Core.Signals.Measures;

/// <summary>wait_transparency: deferred, declined or long-waiting requests that carry a stated reason, as a share of all such requests.</summary>
/// <remarks>Definition and edge cases: <c>docs/signals/wait_transparency.md</c>; the rules are those of <see cref="WaitRequests"/>.</remarks>
public sealed class WaitTransparencySignal : ISignal
{
    public const string Id = "wait_transparency";

    public static SignalThresholds DefaultThresholds { get; } = new(Watch: 0.5, Concern: 0.25, HigherIsWorse: false);

    public SignalDescriptor Descriptor { get; } = new(Id, "Deferred, declined or long-waiting requests that carry a stated reason, as a share of all such requests", DefaultThresholds);

    public IReadOnlyList<SignalMeasure> Compute(SignalContext context)
    {
        var all = WaitRequests.All(context);
        var days = context.Options.LongWaitDays;
        var result = new List<SignalMeasure>(context.Periods.Count);
        foreach (var period in context.Periods)
        {
            var evidence = new EvidenceList(context.Options.MaxEvidence);
            int count = 0, explained = 0;
            for (var i = First(all, period.Start); i < all.Count && all[i].At < period.End; i++)
            {
                var r = all[i];

                count++;
                if (r.Reason is { } reason)
                {
                    explained++;
                }

                if (evidence.Take())
                {
                    var text = r.Describe(days) + (r.Reason is { } c ? $"; reason given in a comment by {c.Actor ?? "someone"} on {c.At:yyyy-MM-dd}" : "; no reason given");
                    evidence.Keep(r.Event is { } e ? SignalEvidence.Of(e, text) : new SignalEvidence("item", r.Item, null, null, r.At, null, text));
                }
            }

            var note = count == 0
                ? "no request was deferred, declined or left waiting in this period"
                : string.Create(CultureInfo.InvariantCulture, $"{explained} of {count} deferred, declined or long-waiting requests carry a stated reason");
            result.Add(SignalMeasure.Share(explained, count, note, evidence));
        }

        return result;
    }

    private static int First(IReadOnlyList<WaitRequest> sorted, DateTimeOffset start)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].At < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
