using PoPath.Core.Signals;
using PoPath.Core.Signals.Measures;

namespace PoPath.Core.Tests.Signals;

public sealed class OrderOverridesTests
{
    private static HistoryBuilder Sprinted() => new HistoryBuilder().Sprint("1", "2024-03-04T00:00:00Z", "2024-03-18T00:00:00Z");

    [Fact]
    public void Share_of_rank_and_priority_changes_by_others_than_the_set_product_owner()
    {
        var h = Sprinted()
            .Ranked("A", "2024-03-05T00:00:00Z", "Pat PO").Ranked("B", "2024-03-06T00:00:00Z", "pat po ")
            .Ranked("C", "2024-03-07T00:00:00Z", "Pat PO")
            .Priority("A", "2024-03-08T00:00:00Z", "Sam Sales").Ranked("D", "2024-03-09T00:00:00Z", "Sam Sales")
            .Ranked("E", "2024-03-20T00:00:00Z", "Sam Sales"); // after the sprint: another period

        var result = SignalEngine.Default.Run(h.Build(), new SignalOptions { ProductOwner = "Pat PO" });
        result.ProductOwner.ShouldBe(new ProductOwner("Pat PO", false, "set, not inferred"));
        var v = result.Of(OrderOverridesSignal.Id).Values.ShouldHaveSingleItem();
        (v.Count, v.Of, v.Value, v.Band).ShouldBe((2, 5, 0.4, SignalBand.Watch));
        v.Note.ShouldBe("2 of 5 order changes by others than Pat PO; most by Sam Sales (2)");
        v.Evidence.Select(e => e.Text).ShouldBe(["priority Medium → High by Sam Sales, not the product owner", "moved up by Sam Sales, not the product owner"]);
    }

    [Fact]
    public void Unset_product_owner_is_the_most_frequent_ranker_and_labelled_inferred()
    {
        var h = Sprinted()
            .Ranked("A", "2024-03-05T00:00:00Z", "Kim").Ranked("B", "2024-03-06T00:00:00Z", "Kim")
            .Ranked("C", "2024-03-07T00:00:00Z", "Lee").Priority("C", "2024-03-07T00:00:00Z", "Lee").Priority("D", "2024-03-07T00:00:00Z", "Lee");

        var result = SignalEngine.Default.Run(h.Build());
        result.ProductOwner.ShouldBe(new ProductOwner("Kim", true, "inferred: the most frequent ranker, 2 of 3 rank changes"));
        result.Of(OrderOverridesSignal.Id).Values[0].Value.ShouldBe(0.6);
    }

    [Fact]
    public void A_tie_between_rankers_goes_to_the_first_name_in_ordinal_order()
    {
        var h = Sprinted().Ranked("A", "2024-03-05T00:00:00Z", "Zoe").Ranked("B", "2024-03-06T00:00:00Z", "Ann");
        SignalEngine.Default.Run(h.Build()).ProductOwner.Name.ShouldBe("Ann");
    }

    [Fact]
    public void Without_rank_events_the_priority_changer_is_inferred_and_without_either_no_value()
    {
        SignalEngine.Default.Run(Sprinted().Priority("A", "2024-03-05T00:00:00Z", "Kim").Build()).ProductOwner
            .ShouldBe(new ProductOwner("Kim", true, "inferred: the most frequent ranker, 1 of 1 priority changes"));

        var none = SignalEngine.Default.Run(Sprinted().Comment("A", "2024-03-05T00:00:00Z").Build());
        none.ProductOwner.Name.ShouldBeNull();
        var v = none.Of(OrderOverridesSignal.Id).Values.ShouldHaveSingleItem();
        (v.Value, v.Band, v.Note).ShouldBe((null, SignalBand.None, "no product owner is set and none can be inferred"));
    }

    [Fact]
    public void Changes_without_an_actor_are_not_order_changes()
    {
        var h = Sprinted().Ranked("A", "2024-03-05T00:00:00Z", "Pat PO").Event("B", PoPath.Core.History.ItemEventKind.RankMoved, "2024-03-06T00:00:00Z", actor: null);
        var v = SignalEngine.Default.Run(h.Build(), new SignalOptions { ProductOwner = "Pat PO" }).Of(OrderOverridesSignal.Id).Values[0];
        (v.Count, v.Of).ShouldBe((0, 1));
        v.Band.ShouldBe(SignalBand.Healthy);
    }
}
