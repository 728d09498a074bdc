using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing;

namespace PoPath.Core.Tests.Readiness;

public sealed class QuestionTests
{
    [Fact]
    public void There_is_one_question_per_weak_or_missing_element_in_element_order()
    {
        foreach (var item in Corpus.Items())
        {
            var r = ReadinessEngine.Default.Assess(item);
            var open = r.Elements.Where(v => v.Status != ElementStatus.Present).ToList();

            r.Questions.Count.ShouldBe(open.Count, item.Title);
            for (var i = 0; i < open.Count; i++)
            {
                // Assessed alone, the item has nothing below it: ordering asks the ".last" variant.
                var key = $"{open[i].Element.Id()}.{open[i].Status.Id()}";
                var lexicon = ReadinessEngine.Default.Lexicon;
                if (open[i].Element == Element.OrderingRationale && lexicon.HasQuestion(key + ".last"))
                {
                    key += ".last";
                }

                var template = lexicon.Question(key);
                var fixedStart = template.Split('{')[0];
                r.Questions[i].ShouldStartWith(fixedStart, Case.Sensitive, $"{item.Title}: question for {open[i].Element.Id()}");
                r.Questions[i].ShouldNotContain("{");
            }
        }
    }

    [Fact]
    public void A_fully_present_item_has_no_questions()
    {
        ReadinessEngine.Default.Assess(Some.ReadyItem()).Questions.ShouldBeEmpty();
    }

    [Fact]
    public void A_bare_task_gets_a_question_for_every_element()
    {
        ReadinessEngine.Default.Assess(Some.BareTask()).Questions.Count.ShouldBe(ElementNames.All.Count);
    }

    [Fact]
    public void The_ordering_question_names_the_three_items_below()
    {
        BacklogItem[] below =
        [
            Some.Item(id: "SHOP-12", rank: 2),
            Some.Item(id: "SHOP-15", rank: 3),
            Some.Item(id: "SHOP-9", rank: 4),
            Some.Item(id: "SHOP-40", rank: 5),
        ];

        var r = ReadinessEngine.Default.Assess(Some.BareTask(), below);

        var q = r.Questions.Where(x => x.Contains("SHOP-", StringComparison.Ordinal)).ShouldHaveSingleItem();
        q.ShouldContain("SHOP-12");
        q.ShouldContain("SHOP-15");
        q.ShouldContain("SHOP-9");
        q.ShouldNotContain("SHOP-40");
    }

    [Fact]
    public void The_weak_ordering_question_names_the_items_below_and_quotes_the_evidence()
    {
        var r = ReadinessEngine.Default.Assess(Some.Item(priority: "High"), [Some.Item(id: "OPS-3", rank: 2)]);

        r.Of(Element.OrderingRationale).Status.ShouldBe(ElementStatus.Weak);
        r.Questions.ShouldContain(q => q.Contains("OPS-3", StringComparison.Ordinal) && q.Contains("\"High\"", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_run_the_ordering_question_names_the_next_three_items_by_rank()
    {
        BacklogItem[] backlog =
        [
            Some.Item(id: "A-4", rank: 4),
            Some.BareTask(id: "A-1", rank: 1),
            Some.Item(id: "A-3", rank: 3),
            Some.Item(id: "A-5", rank: 5),
            Some.Item(id: "A-2", rank: 2),
        ];

        var first = ReadinessEngine.Default.Run(backlog, parallel: false).Items[0];

        first.Item.Id.ShouldBe("A-1");
        first.Questions.ShouldContain(q => q.Contains("A-2, A-3, A-4", StringComparison.Ordinal) && !q.Contains("A-5", StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_item_is_not_asked_to_beat_items_that_do_not_exist()
    {
        var last = ReadinessEngine.Default.Run([Some.BareTask(id: "Z-1", rank: 1)], parallel: false).Items[0];

        last.Questions.ShouldContain(q => q.StartsWith("Nothing is ranked below this item", StringComparison.Ordinal));
        last.Questions.ShouldNotContain(q => q.Contains("before the items below", StringComparison.Ordinal));
    }
}
