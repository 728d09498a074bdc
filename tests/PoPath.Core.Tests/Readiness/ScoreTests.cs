using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing;

namespace PoPath.Core.Tests.Readiness;

public sealed class ScoreTests
{
    [Fact]
    public void All_present_scores_100()
    {
        ReadinessEngine.Score(Verdicts(ElementStatus.Present)).ShouldBe(100);
    }

    [Fact]
    public void All_missing_scores_0()
    {
        ReadinessEngine.Score(Verdicts(ElementStatus.Missing)).ShouldBe(0);
    }

    [Fact]
    public void All_weak_scores_half()
    {
        ReadinessEngine.Score(Verdicts(ElementStatus.Weak)).ShouldBe(50);
    }

    [Fact]
    public void Every_mix_of_statuses_scores_between_0_and_100_and_more_presence_never_lowers_it()
    {
        ElementStatus[] statuses = [ElementStatus.Missing, ElementStatus.Weak, ElementStatus.Present];
        var count = ElementNames.All.Count;
        var combinations = (int)Math.Pow(3, count);
        for (var n = 0; n < combinations; n++)
        {
            var mix = new ElementStatus[count];
            for (int i = 0, x = n; i < count; i++, x /= 3)
            {
                mix[i] = statuses[x % 3];
            }

            var score = ReadinessEngine.Score(Verdicts(mix));
            score.ShouldBeInRange(0, 100);
            for (var i = 0; i < count; i++)
            {
                if (mix[i] != ElementStatus.Present)
                {
                    var better = (ElementStatus[])mix.Clone();
                    better[i] = mix[i] + 1;
                    ReadinessEngine.Score(Verdicts(better)).ShouldBeGreaterThanOrEqualTo(score);
                }
            }
        }
    }

    [Fact]
    public void An_item_that_answers_everything_scores_100()
    {
        var r = ReadinessEngine.Default.Assess(Some.ReadyItem());

        r.Elements.Where(v => v.Status != ElementStatus.Present).Select(v => $"{v.Element.Id()}: {v.Status.Id()} ({v.Reason})").ShouldBeEmpty();
        r.Score.ShouldBe(100);
    }

    [Fact]
    public void A_bare_task_title_scores_0()
    {
        var r = ReadinessEngine.Default.Assess(Some.BareTask());

        r.Elements.Where(v => v.Status != ElementStatus.Missing).Select(v => $"{v.Element.Id()}: {v.Status.Id()} ({v.Reason})").ShouldBeEmpty();
        r.Score.ShouldBe(0);
    }

    [Fact]
    public void Scores_of_real_items_are_between_0_and_100_and_agree_with_their_verdicts()
    {
        foreach (var item in Corpus.Items())
        {
            var r = ReadinessEngine.Default.Assess(item);
            r.Score.ShouldBeInRange(0, 100);
            r.Score.ShouldBe(ReadinessEngine.Score(r.Elements));
        }
    }

    private static ElementVerdict[] Verdicts(params ElementStatus[] statuses) =>
        [.. ElementNames.All.Select((e, i) => new ElementVerdict(e, statuses.Length == 1 ? statuses[0] : statuses[i], [Evidence.Structured("test", "x")], "test"))];
}
