using System.Globalization;
using PoPath.Core.Model;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>ordering_rationale: why now, why before the three items below — in text or structured fields (DESIGN §3).</summary>
public sealed class OrderingRationaleDetector : IElementDetector
{
    private static readonly string[] WeakPriorities = ["highest", "high", "p0", "p1", "critical", "blocker", "urgent", "asap", "immediate", "must", "must have", "1", "1 - critical", "1 - high", "very high", "top"];

    public DetectorDescriptor Descriptor { get; } = new("popath.ordering-rationale", Element.OrderingRationale,
        "Why now or why before the items below: deadline, dependency, cost of delay, risk reduction, or WSJF above the three items below.");

    public ElementVerdict Detect(ItemContext context)
    {
        const Element E = Element.OrderingRationale;
        var item = context.Item;
        var text = context.Text;
        var story = text.Story;
        var present = new List<Evidence>();

        if (item.DueDate is { } due)
        {
            present.Add(Evidence.Structured(ItemFields.DueDate, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        foreach (var link in item.Links)
        {
            if (link.IsBlocking)
            {
                present.Add(Evidence.Structured(ItemFields.Links, $"{link.Kind} {link.Target}"));
            }
        }

        if (WsjfAboveBelow(context) is { } wsjf)
        {
            present.Add(wsjf);
        }

        // "Outcome: churn from 6% to 3% by Q3" gives the outcome's timeframe, not a reason to go first.
        var outcomeLine = text.Lexicon.Cue("outcome.header");
        var deadlines = text.Find("order.deadline");
        if (deadlines.Count > 0)
        {
            var outcomeFigures = text.Find("outcome.quantity").Where(q => q.Value.Contains('%') || q.Value.StartsWith("from", StringComparison.OrdinalIgnoreCase)).ToList();
            deadlines = deadlines.Where(h => !outcomeFigures.Any(q => q.SameSentence(h) && (q.End <= h.Start || q.Start >= h.End))).ToList();
        }

        var textual = deadlines.Concat(text.Find("order.dependency")).Concat(text.Find("order.cost-of-delay"))
            .Where(h => !Verdicts.Inside(h, story.Means) && !OnOutcomeLine(h, outcomeLine))
            .OrderBy(h => h.Field.Name == ItemFields.Title ? 0 : 1).ThenBy(h => h.Start).ToList();
        present.AddRange(textual.Select(h => h.SentenceEvidence()));
        if (present.Count > 0)
        {
            return Verdicts.Present(E, "a deadline, dependency, cost of delay or ranking input explains the order", present);
        }

        var weak = new List<Evidence>();
        weak.AddRange(text.Find("order.priority-word").Where(h => !Verdicts.Inside(h, story.Means)).Select(h => h.SentenceEvidence()));
        weak.AddRange(text.Find("order.internal-deadline").Where(h => !Verdicts.Inside(h, story.Means)).Select(h => h.SentenceEvidence()));
        if (item.Priority is { } p && WeakPriorities.Contains(p.Trim().ToLowerInvariant()))
        {
            weak.Add(Evidence.Structured(ItemFields.Priority, p));
        }

        if (weak.Count > 0)
        {
            return Verdicts.Weak(E, "priority words or an internal deadline, with no reason", weak);
        }

        return ElementVerdict.Missing(E, "nothing says why this comes before the items below");
    }

    private static bool OnOutcomeLine(Text.CueHit hit, System.Text.RegularExpressions.Regex outcomeHeader)
    {
        var t = hit.Field.Text;
        var lineStart = hit.Start == 0 ? 0 : t.LastIndexOf('\n', hit.Start - 1) + 1;
        return outcomeHeader.IsMatch(t.AsSpan(lineStart, hit.Start - lineStart));
    }

    /// <summary>WSJF counts when the item's score is above each of the three items ranked directly below (all must have a score).</summary>
    private static Evidence? WsjfAboveBelow(ItemContext context)
    {
        if (context.Item.Wsjf?.Score is not { } own || context.Below.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var b in context.Below)
        {
            if (b.Wsjf?.Score is not { } other || other >= own)
            {
                return null;
            }

            parts.Add($"{b.Id} {other.ToString("0.##", CultureInfo.InvariantCulture)}");
        }

        return Evidence.Structured(ItemFields.Wsjf,
            $"WSJF {own.ToString("0.##", CultureInfo.InvariantCulture)} above {string.Join(", ", parts)}");
    }
}
