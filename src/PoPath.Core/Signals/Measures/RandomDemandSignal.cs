using System.Globalization;

namespace PoPath.Core.Signals.Measures;

/// <summary>random_demand: items added to a sprint after it started, as a share of the sprint's items (committed at the start plus added).</summary>
/// <remarks>Definition and edge cases: <c>docs/signals/random_demand.md</c>. Default bands calibrated on 3,834 real sprints (docs/benchmarks/signals-calibration.md).</remarks>
public sealed class RandomDemandSignal : ISignal
{
    /// <summary>The stable id.</summary>
    public const string Id = "random_demand";

    /// <summary>Watch above the median, concern above the 75th percentile of the calibration sprints with work committed at the start.</summary>
    public static SignalThresholds DefaultThresholds { get; } = new(Watch: 0.222, Concern: 0.5, HigherIsWorse: true);

    public SignalDescriptor Descriptor { get; } = new(Id, "Items added to a running sprint, as a share of the sprint's items", DefaultThresholds);

    public IReadOnlyList<SignalMeasure> Compute(SignalContext context)
    {
        var result = new List<SignalMeasure>(context.Periods.Count);
        foreach (var period in context.Periods)
        {
            var sprints = context.SprintsStartingIn(period).ToList();
            if (sprints.Count == 0)
            {
                result.Add(SignalMeasure.Nothing(period.Sprint is null ? "no sprint starts in this month" : "the sprint has no start"));
                continue;
            }

            var evidence = new EvidenceList(context.Options.MaxEvidence);
            int committed = 0, added = 0;
            double committedPoints = 0, addedPoints = 0;
            foreach (var sprint in sprints)
            {
                var m = SprintMembership.Of(context, sprint);
                committed += m.Committed.Count;
                added += m.Added.Count;
                foreach (var (item, e, at) in m.Added)
                {
                    addedPoints += context.Item(item)?.StoryPoints ?? 0;
                    if (evidence.Take())
                    {
                        var after = Describe(at - sprint.Start!.Value);
                        evidence.Keep(e is null
                        ? new SignalEvidence("item", item, "created", null, at, null, $"created in {sprint.Name} {after} after its start")
                        : SignalEvidence.Of(e, $"added to {sprint.Name} {after} after its start"));
                    }
                }

                foreach (var (item, how) in m.Committed)
                {
                    committedPoints += context.Item(item)?.StoryPoints ?? 0;
                    if (evidence.Take())
                    {
                        evidence.Keep(SignalEvidence.OfItem(item, how));
                    }
                }
            }

            var total = committed + added;
            var note = total == 0
                ? "no item was in the sprint at its start or added while it ran"
                : string.Create(CultureInfo.InvariantCulture, $"{added} of {total} items added after the start ({committed} committed at the start); story points {addedPoints:0.#} added, {committedPoints:0.#} committed");
            result.Add(SignalMeasure.Share(added, total, note, evidence));
        }

        return result;
    }

    internal static string Describe(TimeSpan span) => span.TotalDays >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} days")
        : span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} hours") : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, span.TotalMinutes):0} minutes");
}
