using System.Globalization;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Insights.Briefs;

/// <summary>Builds a <see cref="StakeholderBrief"/> from a readiness run: requests are the items whose Reporter is the requester.</summary>
/// <remarks>Pure. Nothing is invented: the sentences restate ranks, the engine's verdicts and quoted evidence.</remarks>
public static class BriefBuilder
{
    private const int Neighbours = 3;

    /// <summary>The brief of <paramref name="requester"/> (matched case-insensitively, ignoring surrounding spaces).</summary>
    public static StakeholderBrief Build(CheckRun run, string requester)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requester);
        var ordered = run.Items.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal).ToList();
        var who = requester.Trim();
        var requests = new List<BriefRequest>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            if (!string.Equals(r.Item.Reporter?.Trim(), who, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var gaps = r.Elements.Where(e => e.Status != ElementStatus.Present)
                .Select(e => new BriefGap(e.Element, e.Status, e.Reason, e.Evidence)).ToList();
            var above = ordered.Take(i).TakeLast(Neighbours).Reverse().Select(a =>
            {
                var ord = a.Of(Element.OrderingRationale);
                return new BriefNeighbour(a.Item.Id, a.Item.Title, a.Item.Rank, ord.Status, ord.Evidence);
            }).ToList();
            requests.Add(new BriefRequest(r.Item.Id, r.Item.Title, r.Item.Rank, r.Score, gaps, i, above, r.Questions, Why(i, gaps, above)));
        }

        return new StakeholderBrief(who, ordered.Count, requests);
    }

    private static List<string> Why(int above, List<BriefGap> gaps, List<BriefNeighbour> neighbours)
    {
        var s = new List<string>();
        s.Add(above == 0
            ? "It is at the top of the backlog."
            : string.Create(CultureInfo.InvariantCulture, $"It is number {above + 1}: {above} {(above == 1 ? "item is" : "items are")} ranked above it."));
        var missing = gaps.Where(g => g.Status == ElementStatus.Missing).Select(g => Plain(g.Element)).ToList();
        var weak = gaps.Where(g => g.Status == ElementStatus.Weak).Select(g => Plain(g.Element)).ToList();
        if (missing.Count > 0)
        {
            s.Add($"The request does not yet say {Join(missing)}.");
        }

        if (weak.Count > 0)
        {
            s.Add($"It says only vaguely {Join(weak)}.");
        }

        if (gaps.Count == 0)
        {
            s.Add("It answers every question of the practical test; it waits only for the items above it.");
        }

        foreach (var n in neighbours)
        {
            s.Add(n.OrderingEvidence.Count > 0
                ? $"{n.ItemId} (rank {n.Rank}) goes first because of: {string.Join("; ", n.OrderingEvidence.Select(Quote))}."
                : $"{n.ItemId} (rank {n.Rank}) is above it without a stated reason; ask the Product Owner why it comes first.");
        }

        return s;
    }

    /// <summary>A text span in quotes; a structured field (due date, links, WSJF) as "field value".</summary>
    private static string Quote(Evidence e) => e.Start == 0 && e.End == 0 ? $"{e.Field.Replace('_', ' ')} {e.Text}" : $"\"{e.Text}\"";

    private static string Plain(Element e) => e switch
    {
        Element.CustomerNeed => "who needs it and what problem it solves",
        Element.BusinessReason => "what it is worth to the organisation",
        Element.TradeOff => "what is given up for it",
        Element.ExpectedOutcome => "what should change, measurably, once it ships",
        Element.OrderingRationale => "why it should come before the items below it",
        _ => "how the team will know it is done",
    };

    private static string Join(List<string> parts) => parts.Count switch
    {
        1 => parts[0],
        2 => $"{parts[0]} or {parts[1]}",
        _ => string.Join(", ", parts[..^1]) + ", or " + parts[^1],
    };
}
