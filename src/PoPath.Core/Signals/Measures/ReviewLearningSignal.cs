using System.Globalization;
using PoPath.Core.History;

namespace PoPath.Core.Signals.Measures;

/// <summary>review_learning: the share of recent sprints whose review changed the backlog (new items, re-ordering, priority or label edits within N days after the sprint's end).</summary>
/// <remarks>
/// The review is at the sprint's end (DESIGN §2). A sprint's review changed the backlog when any item was created,
/// moved in rank, or had its priority or labels changed in [end, end + <see cref="SignalOptions.ReviewWindowDays"/>].
/// A sprint period's value is the share over the last <see cref="SignalOptions.ReviewTrailingSprints"/> dated sprints
/// up to it whose window has passed; a month's value the share over the sprints that end in it. A sprint whose window
/// reaches past the latest event, or that is still active, has no value yet. Docs: <c>docs/signals/review_learning.md</c>.
/// </remarks>
public sealed class ReviewLearningSignal : ISignal
{
    public const string Id = "review_learning";

    public static SignalThresholds DefaultThresholds { get; } = new(Watch: 0.6, Concern: 0.3, HigherIsWorse: false);

    public SignalDescriptor Descriptor { get; } = new(Id, "Share of recent sprints whose review changed the backlog within days of the sprint's end", DefaultThresholds);

    /// <summary>True for the events that count as a backlog change after a review.</summary>
    public static bool IsBacklogChange(ItemEvent e) =>
        e.Kind is ItemEventKind.Created or ItemEventKind.RankMoved or ItemEventKind.PriorityChanged or ItemEventKind.LabelChanged;

    public IReadOnlyList<SignalMeasure> Compute(SignalContext context)
    {
        var window = TimeSpan.FromDays(context.Options.ReviewWindowDays);
        var sprints = context.DatedSprints;
        var changed = new bool?[sprints.Count];
        var index = new Dictionary<Sprint, int>();
        for (var i = 0; i < sprints.Count; i++)
        {
            index[sprints[i]] = i;
            var end = context.EndOf(sprints[i]);
            if (sprints[i].State == SprintState.Active || context.Last is not { } last || end + window > last)
            {
                continue;
            }

            var any = false;
            foreach (var e in context.EventsIn(end, end + window + TimeSpan.FromTicks(1)))
            {
                if (IsBacklogChange(e))
                {
                    any = true;
                    break;
                }
            }

            changed[i] = any;
        }

        var result = new List<SignalMeasure>(context.Periods.Count);
        foreach (var period in context.Periods)
        {
            List<int> chosen;
            if (period.Sprint is { } sprint)
            {
                var i = index[sprint];
                if (changed[i] is null)
                {
                    result.Add(SignalMeasure.Nothing(sprint.State == SprintState.Active ? "the sprint is still running" : "the review window has not passed in the history"));
                    continue;
                }

                chosen = [.. Enumerable.Range(0, i + 1).Reverse().Where(j => changed[j] is not null).Take(context.Options.ReviewTrailingSprints).Reverse()];
            }
            else
            {
                chosen = [.. Enumerable.Range(0, sprints.Count).Where(j => changed[j] is not null && period.Contains(context.EndOf(sprints[j])))];
            }

            var evidence = new EvidenceList(context.Options.MaxEvidence);
            var with = 0;
            foreach (var j in chosen)
            {
                var s = sprints[j];
                var end = context.EndOf(s);
                var found = 0;
                foreach (var e in context.EventsIn(end, end + window + TimeSpan.FromTicks(1)))
                {
                    if (IsBacklogChange(e))
                    {
                        found++;
                        if (evidence.Take())
                        {
                            evidence.Keep(SignalEvidence.Of(e, $"{EventNames.Of(e.Kind).Replace('_', ' ')} {RandomDemandSignal.Describe(e.At - end)} after the end of {s.Name}"));
                        }
                    }
                }

                if (found > 0)
                {
                    with++;
                }
                else
                {
                    evidence.Add(new SignalEvidence("sprint", s.Id, null, null, end, null, $"no backlog change within {context.Options.ReviewWindowDays} days after the end of {s.Name}"));
                }
            }

            var note = chosen.Count == 0
                ? "no sprint review falls in this period"
                : string.Create(CultureInfo.InvariantCulture, $"{with} of {chosen.Count} sprint reviews ({string.Join(", ", chosen.Select(j => sprints[j].Name))}) changed the backlog within {context.Options.ReviewWindowDays} days");
            result.Add(SignalMeasure.Share(with, chosen.Count, note, evidence));
        }

        return result;
    }
}
