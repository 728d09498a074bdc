using System.Globalization;
using PoPath.Cli.Rendering;
using PoPath.Core.Insights;
using PoPath.Core.Insights.Briefs;
using PoPath.Core.Insights.Generative;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;

namespace PoPath.Cli.Feedback;

/// <summary>The evidence each assistance command hands to the generative step: its own statements and the texts behind them, each under a short id.</summary>
internal static class RephraseEvidence
{
    /// <summary>Feedback entries quoted per option at most (the option lists all its ids; the model needs a sample to describe it).</summary>
    private const int EntriesPerOption = 5;

    public const string SummaryTask = "Rephrase this research summary of customer feedback as a few plain sentences for a Product Owner. "
        + "Each evidence item is a verbatim quote from one feedback entry.";

    public const string OptionsTask = "Rephrase these draft backlog options for a Product Owner: for each option, what it is, how it differs from "
        + "the others, and what the feedback behind it says. O-items are PoPath's drafts, F-items verbatim feedback.";

    /// <summary>F1…Fn: the summary's quoted sentences, each with its entry id as the source.</summary>
    public static IReadOnlyList<EvidenceItem> Summary(ResearchSummary summary) =>
        [.. summary.Sentences.Select((s, i) => new EvidenceItem($"F{i + 1}", $"entry {s.EntryId}", s.Text))];

    /// <summary>O1, O1-customer_need …: each option and its first answers; F1…: up to five feedback entries behind each option.</summary>
    public static IReadOnlyList<EvidenceItem> Options(IReadOnlyList<BacklogOption> options, IReadOnlyList<FeedbackEntry> entries)
    {
        var byId = entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var list = new List<EvidenceItem>();
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var f = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var o = options[i];
            var n = i + 1;
            list.Add(new EvidenceItem($"O{n}", $"option {n} ({o.Kind})", $"Option {n}: {o.Title}. {o.Approach}"));
            foreach (var a in o.Answers.Where(a => a.Text is not null))
            {
                list.Add(new EvidenceItem($"O{n}-{a.Element.Id()}", $"option {n}, {ElementLabels.Long(a.Element)}", $"{ElementLabels.Long(a.Element)}: {a.Text}"));
            }

            list.Add(new EvidenceItem($"O{n}-size", $"option {n}", string.Create(CultureInfo.InvariantCulture,
                $"Option {n} rests on {o.FeedbackIds.Count} feedback entries{(o.ItemIds.Count > 0 ? " and the items " + string.Join(", ", o.ItemIds) : "")}.")));
            foreach (var id in o.FeedbackIds.Where(quoted.Add).Take(EntriesPerOption))
            {
                if (byId.TryGetValue(id, out var entry))
                {
                    list.Add(new EvidenceItem($"F{++f}", $"entry {id}", entry.Text));
                }
            }
        }

        return list;
    }

    public static string BriefTask(StakeholderBrief brief) =>
        $"Rephrase this stakeholder brief for {brief.Requester.ReplaceLineEndings(" ")}: for each of their requests, where it stands and why it waits, "
        + "in plain words they can read without knowing the backlog tool.";

    /// <summary>R1, R1-W1 …, R1-E1 …, R1-Q1 …: each request's rank line, its brief sentences, the quoted evidence and the questions.</summary>
    public static IReadOnlyList<EvidenceItem> Brief(StakeholderBrief brief)
    {
        var list = new List<EvidenceItem>();
        for (var i = 0; i < brief.Requests.Count; i++)
        {
            var r = brief.Requests[i];
            var n = i + 1;
            var source = $"item {r.ItemId}";
            list.Add(new EvidenceItem($"R{n}", source, string.Create(CultureInfo.InvariantCulture,
                $"{r.ItemId} \"{r.Title}\" is at rank {r.Rank} of {brief.BacklogSize}, with readiness {r.Score}/100.")));
            list.AddRange(r.Why.Select((w, j) => new EvidenceItem($"R{n}-W{j + 1}", source, w)));
            var quotes = r.Gaps.SelectMany(g => g.Evidence.Select(e => $"{ElementLabels.Long(g.Element)} ({g.Status.Id()}): \"{e.Text}\"")).ToList();
            list.AddRange(quotes.Select((q, j) => new EvidenceItem($"R{n}-E{j + 1}", source, q)));
            list.AddRange(r.Questions.Select((q, j) => new EvidenceItem($"R{n}-Q{j + 1}", $"{source}, question to answer", q)));
        }

        return list;
    }
}
