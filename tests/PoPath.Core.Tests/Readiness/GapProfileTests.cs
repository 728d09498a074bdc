using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Readiness;

public sealed class GapProfileTests
{
    [Fact]
    public void The_gap_profile_takes_the_top_N_items_by_rank()
    {
        var backlog = Corpus.Backlog(30);
        var run = ReadinessEngine.Default.Run(backlog.Reverse(), top: 12, parallel: false);

        run.Gaps.Top.ShouldBe(12);
        run.Gaps.ItemsConsidered.ShouldBe(12);
        var top = run.Items.Where(r => r.Item.Rank <= 12).ToList();
        top.Count.ShouldBe(12);
        foreach (var gap in run.Gaps.Elements)
        {
            gap.Present.ShouldBe(top.Count(r => r.Of(gap.Element).Status == ElementStatus.Present), gap.Element.Id());
            gap.Weak.ShouldBe(top.Count(r => r.Of(gap.Element).Status == ElementStatus.Weak), gap.Element.Id());
            gap.Missing.ShouldBe(top.Count(r => r.Of(gap.Element).Status == ElementStatus.Missing), gap.Element.Id());
        }
    }

    [Fact]
    public void The_gap_profile_covers_every_element_with_shares_between_0_and_1()
    {
        var run = ReadinessEngine.Default.Run(Corpus.Backlog(50), parallel: false);

        run.Gaps.Top.ShouldBe(ReadinessEngine.DefaultTop);
        run.Gaps.Elements.Select(g => g.Element).ShouldBe(ElementNames.All);
        foreach (var g in run.Gaps.Elements)
        {
            g.Total.ShouldBe(ReadinessEngine.DefaultTop);
            g.MissingShare.ShouldBeInRange(0, 1);
            g.WeakShare.ShouldBeInRange(0, 1);
            g.GapShare.ShouldBeInRange(0, 1);
            g.GapShare.ShouldBe(g.MissingShare + g.WeakShare, 1e-9);
        }
    }

    [Fact]
    public void A_backlog_smaller_than_N_is_taken_whole()
    {
        var run = ReadinessEngine.Default.Run(Corpus.Backlog(5), top: 20, parallel: false);

        run.Gaps.ItemsConsidered.ShouldBe(5);
        run.Gaps.Elements.ShouldAllBe(g => g.Total == 5);
    }

    [Fact]
    public void An_empty_backlog_has_zero_shares()
    {
        var run = ReadinessEngine.Default.Run([], parallel: false);

        run.Gaps.ItemsConsidered.ShouldBe(0);
        run.Gaps.Elements.ShouldAllBe(g => g.GapShare == 0 && g.MissingShare == 0 && g.WeakShare == 0);
        run.Summary.Items.ShouldBe(0);
    }

    [Fact]
    public void A_top_of_zero_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ReadinessEngine.Default.Run(Corpus.Backlog(3), top: 0));
    }
}
