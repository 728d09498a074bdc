using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing;

namespace PoPath.Core.Tests.Readiness;

public sealed class DetectorFailureTests
{
    private static readonly ReadinessEngine Engine = new ReadinessEngineBuilder().UseDefaults().Use(new ThrowingDetector(Element.TradeOff)).Build();

    [Fact]
    public void A_throwing_detector_is_reported_in_its_own_verdict()
    {
        var v = Engine.Assess(Some.ReadyItem()).Of(Element.TradeOff);

        v.Status.ShouldBe(ElementStatus.Missing);
        v.Evidence.ShouldBeEmpty();
        v.Reason.ShouldContain("test.throwing");
        v.Reason.ShouldContain(ThrowingDetector.Message);
    }

    [Fact]
    public void The_other_detectors_still_run_when_one_throws()
    {
        var item = Some.ReadyItem();
        var expected = ReadinessEngine.Default.Assess(item);

        var actual = Engine.Assess(item);

        foreach (var e in ElementNames.All.Where(e => e != Element.TradeOff))
        {
            var (a, x) = (actual.Of(e), expected.Of(e));
            a.Status.ShouldBe(x.Status, e.Id());
            a.Reason.ShouldBe(x.Reason, e.Id());
            a.Evidence.ShouldBe(x.Evidence, e.Id());
        }

        actual.Elements.Count.ShouldBe(ElementNames.All.Count);
    }

    [Fact]
    public void A_whole_run_survives_a_throwing_detector()
    {
        var run = Engine.Run(Corpus.Backlog(40), parallel: false);

        run.Items.Count.ShouldBe(40);
        run.Items.ShouldAllBe(r => r.Of(Element.TradeOff).Status == ElementStatus.Missing);
        run.Items.ShouldContain(r => r.Of(Element.CustomerNeed).Status == ElementStatus.Present);
    }

    [Fact]
    public void The_builder_refuses_an_engine_with_an_element_left_without_detector()
    {
        var builder = new ReadinessEngineBuilder().Use(new ThrowingDetector(Element.TradeOff));

        Should.Throw<InvalidOperationException>(builder.Build).Message.ShouldContain("customer_need");
    }
}
