using System.Globalization;
using PoPath.Core.Organisation;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Signals.Findings;

/// <summary>unexplained-wait: many requests are deferred, declined or left waiting with no reason given to whoever asked.</summary>
/// <remarks>
/// Over the reported periods: at least <see cref="MinimumRequests"/> such requests (the rules of
/// <c>wait_transparency</c>), and at least <see cref="MinimumUnexplained"/> of them without a stated reason.
/// Docs: <c>docs/signals/wait_transparency.md</c>.
/// </remarks>
public sealed class UnexplainedWaitRule : IFindingRule
{
    public const int MinimumRequests = 5;
    public const double MinimumUnexplained = 0.5;
    private const int MaxItems = 20;

    public string Kind => "unexplained-wait";

    public IEnumerable<OrganisationFinding> Find(SignalContext context, IReadOnlyList<SignalSeries> signals)
    {
        if (context.Periods.Count == 0)
        {
            yield break;
        }

        var from = context.Periods.Min(p => p.Start);
        var to = context.Periods.Max(p => p.End);
        var requests = WaitRequests.All(context).Where(r => r.At >= from && r.At < to).ToList();
        var unexplained = requests.Where(r => r.Reason is null).ToList();
        var share = requests.Count == 0 ? 0 : (double)unexplained.Count / requests.Count;
        if (requests.Count < MinimumRequests || share < MinimumUnexplained)
        {
            yield break;
        }

        var days = context.Options.LongWaitDays;
        var kinds = string.Join(", ", unexplained.GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Word(g.Key, days)}")));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Requests wait without a reason: {unexplained.Count} of {requests.Count} requests that were deferred, declined or left waiting ({share:P0}) carry no stated reason for whoever asked ({kinds}). A course can teach the product owner to explain a \"not now\", but it cannot give the role the mandate to say it: if the product owner may not decline requests or tell requesters why, that is for the organisation to change.");
        var evidence = new List<FindingEvidence>
        {
            new("signal", WaitTransparencySignal.Id, string.Create(CultureInfo.InvariantCulture, $"{requests.Count - unexplained.Count} of {requests.Count} requests carry a stated reason, {from:yyyy-MM-dd} to {to:yyyy-MM-dd}")),
        };
        evidence.AddRange(unexplained.Take(MaxItems).Select(r => r.Event is { } e
            ? new FindingEvidence("event", DecisionRoomRule.Ref(e), r.Describe(days) + "; no reason given")
            : new FindingEvidence("item", r.Item, r.Describe(days) + "; no reason given")));
        yield return new OrganisationFinding(Kind, message, evidence);
    }

    private static string Word(WaitKind kind, int days) => kind switch
    {
        WaitKind.Deferred => "deferred",
        WaitKind.Declined => "declined",
        _ => string.Create(CultureInfo.InvariantCulture, $"waiting over {days} days"),
    };
}
