using System.Globalization;
using PoPath.Core.Insights.Briefs;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;

namespace PoPath.Core.Insights.Generative;

/// <summary>The evidence each assistance result hands to the generative step: its own statements and the texts behind them, each under a short id.</summary>
/// <remarks>Pure; the CLI (<c>--rephrase</c>) and the web pages use the same ids, so a citation means the same in both.</remarks>
public static class RephraseEvidence
{
    /// <summary>Feedback entries quoted per option at most (the option lists all its ids; the model needs a sample to describe it).</summary>
    public const int EntriesPerOption = 5;

    /// <summary>The task of a research summary's rephrasing.</summary>
    public const string SummaryTask = "Rephrase this research summary of customer feedback as a few plain sentences for a Product Owner. "
        + "Each evidence item is a verbatim quote from one feedback entry.";

    /// <summary>The task of the draft backlog options' rephrasing.</summary>
    public const string OptionsTask = "Rephrase these draft backlog options for a Product Owner: for each option, what it is, how it differs from "
        + "the others, and what the feedback behind it says. O-items are PoPath's drafts, F-items verbatim feedback.";

    /// <summary>F1…Fn: the summary's quoted sentences, each with its entry id as the source.</summary>
    public static RephraseInput Summary(ResearchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var list = new Collector();
        for (var i = 0; i < summary.Sentences.Count; i++)
        {
            var s = summary.Sentences[i];
            list.Add(new EvidenceItem($"F{i + 1}", $"entry {s.EntryId}", s.Text), new EvidenceOrigin(EvidenceOriginKind.Entry, s.EntryId));
        }

        return list.Done(SummaryTask);
    }

    /// <summary>O1, O1-customer_need …: each option and its first answers; F1…: up to <see cref="EntriesPerOption"/> feedback entries behind each option.</summary>
    /// <param name="entries">The feedback set the options were drafted from (for the quoted entries' texts).</param>
    public static RephraseInput Options(IReadOnlyList<BacklogOption> options, IReadOnlyList<FeedbackEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(entries);
        var byId = entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var list = new Collector();
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var f = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var o = options[i];
            var n = i + 1;
            var option = new EvidenceOrigin(EvidenceOriginKind.Option, n.ToString(CultureInfo.InvariantCulture));
            list.Add(new EvidenceItem($"O{n}", $"option {n} ({o.Kind})", $"Option {n}: {o.Title}. {o.Approach}"), option);
            foreach (var a in o.Answers.Where(a => a.Text is not null))
            {
                list.Add(new EvidenceItem($"O{n}-{a.Element.Id()}", $"option {n}, {a.Element.Label()}", $"{a.Element.Label()}: {a.Text}"), option);
            }

            list.Add(new EvidenceItem($"O{n}-size", $"option {n}", string.Create(CultureInfo.InvariantCulture,
                $"Option {n} rests on {o.FeedbackIds.Count} feedback entries{(o.ItemIds.Count > 0 ? " and the items " + string.Join(", ", o.ItemIds) : "")}.")), option);
            foreach (var id in o.FeedbackIds.Where(quoted.Add).Take(EntriesPerOption))
            {
                if (byId.TryGetValue(id, out var entry))
                {
                    list.Add(new EvidenceItem($"F{++f}", $"entry {id}", entry.Text), new EvidenceOrigin(EvidenceOriginKind.Entry, id));
                }
            }
        }

        return list.Done(OptionsTask);
    }

    /// <summary>The task of a stakeholder brief's rephrasing, naming its requester.</summary>
    public static string BriefTask(StakeholderBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return $"Rephrase this stakeholder brief for {brief.Requester.ReplaceLineEndings(" ")}: for each of their requests, where it stands and why it waits, "
            + "in plain words they can read without knowing the backlog tool.";
    }

    /// <summary>R1, R1-W1 …, R1-E1 …, R1-Q1 …: each request's rank line, its brief sentences, the quoted evidence and the questions.</summary>
    public static RephraseInput Brief(StakeholderBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var list = new Collector();
        for (var i = 0; i < brief.Requests.Count; i++)
        {
            var r = brief.Requests[i];
            var n = i + 1;
            var source = $"item {r.ItemId}";
            var item = new EvidenceOrigin(EvidenceOriginKind.Item, r.ItemId);
            list.Add(new EvidenceItem($"R{n}", source, string.Create(CultureInfo.InvariantCulture,
                $"{r.ItemId} \"{r.Title}\" is at rank {r.Rank} of {brief.BacklogSize}, with readiness {r.Score}/100.")), item);
            for (var j = 0; j < r.Why.Count; j++)
            {
                list.Add(new EvidenceItem($"R{n}-W{j + 1}", source, r.Why[j]), item);
            }

            var quotes = r.Gaps.SelectMany(g => g.Evidence.Select(e => $"{g.Element.Label()} ({g.Status.Id()}): \"{e.Text}\"")).ToList();
            for (var j = 0; j < quotes.Count; j++)
            {
                list.Add(new EvidenceItem($"R{n}-E{j + 1}", source, quotes[j]), item);
            }

            for (var j = 0; j < r.Questions.Count; j++)
            {
                list.Add(new EvidenceItem($"R{n}-Q{j + 1}", $"{source}, question to answer", r.Questions[j]), item);
            }
        }

        return list.Done(BriefTask(brief));
    }

    private sealed class Collector
    {
        private readonly List<EvidenceItem> _items = [];
        private readonly Dictionary<string, EvidenceOrigin> _origins = new(StringComparer.OrdinalIgnoreCase);

        public void Add(EvidenceItem item, EvidenceOrigin origin)
        {
            _items.Add(item);
            _origins[item.Id] = origin;
        }

        public RephraseInput Done(string task) => new(task, _items, _origins);
    }
}
