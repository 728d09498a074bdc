using PoPath.Core.Insights;
using PoPath.Core.Insights.Briefs;
using PoPath.Core.Insights.Generative;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Insights.Generative;

public sealed class RephraseEvidenceTests
{
    [Fact]
    public void Summary_evidence_is_each_quoted_sentence_under_F_ids_coming_from_its_entry()
    {
        var summary = Summarizer.Summarize(FeedbackSamples.All(), new SummaryOptions { Sentences = 5, Themes = new ThemeOptions { K = 3 } });

        var input = RephraseEvidence.Summary(summary);

        input.Task.ShouldBe(RephraseEvidence.SummaryTask);
        input.Evidence.Select(e => e.Id).ShouldBe(["F1", "F2", "F3", "F4", "F5"]);
        for (var i = 0; i < 5; i++)
        {
            input.Evidence[i].Text.ShouldBe(summary.Sentences[i].Text);
            input.OriginOf($"f{i + 1}").ShouldBe(new EvidenceOrigin(EvidenceOriginKind.Entry, summary.Sentences[i].EntryId), "ids are case-insensitive");
        }

        input.OriginOf("F6").ShouldBeNull();
    }

    [Fact]
    public void Option_evidence_comes_from_its_option_and_quoted_feedback_from_its_entry()
    {
        var entries = FeedbackSamples.All();
        var set = ThemeFinder.Find(entries, new ThemeOptions { K = 3 });
        IReadOnlyList<BacklogOption> options = OptionDrafter.ForTheme(set, entries, set.Themes[0].Number);

        var input = RephraseEvidence.Options(options, entries);

        input.OriginOf("O1").ShouldBe(new EvidenceOrigin(EvidenceOriginKind.Option, "1"));
        input.OriginOf("O1-size").ShouldBe(new EvidenceOrigin(EvidenceOriginKind.Option, "1"));
        input.OriginOf($"O{options.Count}").ShouldBe(new EvidenceOrigin(EvidenceOriginKind.Option, options.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var byId = entries.ToDictionary(e => e.Id);
        foreach (var f in input.Evidence.Where(e => e.Id.StartsWith('F')))
        {
            var origin = input.OriginOf(f.Id)!.Value;
            origin.Kind.ShouldBe(EvidenceOriginKind.Entry);
            f.Text.ShouldBe(byId[origin.Id].Text);
            options.ShouldContain(o => o.FeedbackIds.Contains(origin.Id));
        }

        input.Evidence.Count(e => e.Id.StartsWith('F')).ShouldBeLessThanOrEqualTo(options.Count * RephraseEvidence.EntriesPerOption);
        RephrasePrompt.Build(input.Task, input.Evidence).Omitted.ShouldBe(0, "the ids are unique and well formed");
    }

    [Fact]
    public void Brief_evidence_comes_from_the_requested_item()
    {
        var run = ReadinessEngine.Default.Run(
        [
            new BacklogItem { Id = "A-1", Rank = 1, Title = "GDPR export", Description = "Legal requires this before the audit on 1 June.", Reporter = "Legal" },
            new BacklogItem { Id = "A-2", Rank = 2, Title = "Bulk edit", Description = "Support agents re-key 200 orders a week by hand.", Reporter = "Ana" },
        ]);
        var brief = BriefBuilder.Build(run, "ana");

        var input = RephraseEvidence.Brief(brief);

        input.Task.ShouldContain("stakeholder brief for ana");
        input.Evidence[0].Id.ShouldBe("R1");
        input.Evidence[0].Text.ShouldStartWith("A-2 \"Bulk edit\" is at rank 2 of 2");
        input.Evidence.ShouldAllBe(e => e.Id.StartsWith("R1", StringComparison.Ordinal));
        input.Evidence.Select(e => input.OriginOf(e.Id)).ShouldAllBe(o => o == new EvidenceOrigin(EvidenceOriginKind.Item, "A-2"));
        input.Evidence.ShouldContain(e => e.Id.StartsWith("R1-Q", StringComparison.Ordinal));
    }
}
