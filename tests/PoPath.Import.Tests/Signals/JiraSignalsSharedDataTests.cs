using PoPath.Core.History;
using PoPath.Core.Signals;
using PoPath.Core.Signals.Measures;
using PoPath.Import.History;
using PoPath.Import.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Import.Tests.Signals;

/// <summary>Signals on the real Jira changelogs of ../shared/data/backlogs/jira-rest-samples, against values derived by hand from the raw JSON.</summary>
/// <remarks>
/// The expectations were worked out from the raw rows of devlake-e2e (sprint objects, changelog histories and the
/// issues' embedded changelogs and comments), not from PoPath's output; the comments give the change ids.
/// </remarks>
public sealed class JiraSignalsSharedDataTests(ITestOutputHelper output)
{
    private static async Task<SignalResult?> DevLakeAsync(ITestOutputHelper output)
    {
        var folder = SharedData.Folder("backlogs/jira-rest-samples/devlake-e2e");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/jira-rest-samples/devlake-e2e is not there");
            return null;
        }

        var history = await HistoryLoader.LoadAsync(folder);
        history.Failed.ShouldBeFalse();
        return SignalEngine.Default.Run(history);
    }

    [Fact]
    public async Task Issue_carried_through_ten_sprints_is_random_demand_once_then_committed_and_carried_over()
    {
        if (await DevLakeAsync(output) is not { } result)
        {
            return;
        }

        var demand = result.Of(RandomDemandSignal.Id).Values.ToDictionary(v => v.Period);

        // 78089: jinxiu put issue 13954 into EE Sprint 28 on 2021-03-03 12:22:52Z, 2 days 8.5 hours after the sprint
        // started (2021-03-01 03:50:54Z). No other issue has a sprint event or sprint field for EE Sprint 28.
        var s28 = demand["EE Sprint 28"];
        (s28.Count, s28.Of, s28.Value, s28.Band).ShouldBe((1, 1, 1.0, SignalBand.Concern));
        var added = s28.Evidence.ShouldHaveSingleItem();
        (added.Item, added.Event, added.Change, added.Actor, added.Text).ShouldBe(("13954", "added_to_sprint", "78089", "jinxiu", "added to EE Sprint 28 2.4 days after its start"));

        // 78711, 81021, 83461, 85934, 94669, 96836, 99916, 103206: each added before the next sprint's start.
        foreach (var name in new[] { "EE Sprint 29", "EE Sprint 30", "EE Sprint 31", "EE Sprint 32", "EE Sprint 33", "EE Sprint 34", "EE Sprint 35", "EE Sprint 36" })
        {
            var v = demand[name];
            (v.Count, v.Of).ShouldBe((0, 1), name);
            v.Evidence.ShouldHaveSingleItem().Text.ShouldBe($"in {name} at its start");
        }

        // 105717: added to EE Sprint 37 11.8 hours after it started (2021-05-05 17:55:31Z), but 3.3 s after
        // EE Sprint 36 was completed (2021-05-06 05:43:54.939Z): Jira moving open work on at "complete sprint".
        var s37 = demand["EE Sprint 37"];
        (s37.Count, s37.Of).ShouldBe((0, 1));
        s37.Evidence.ShouldHaveSingleItem().Text.ShouldBe("carried over to EE Sprint 37 when EE Sprint 36 closed");
    }

    [Fact]
    public async Task Won_t_do_resolutions_and_removals_without_a_comment_are_requests_without_a_reason()
    {
        if (await DevLakeAsync(output) is not { } result)
        {
            return;
        }

        var wait = result.Of(WaitTransparencySignal.Id).Values.ToDictionary(v => v.Period);

        // EE Sprint 7 (2020-06-12 … 06-26): EE-24 Won't Do (11076) with Rankin Zheng's comment at the same minute
        // ("merged into other tasks as a sub-task"); EE-35, EE-30, EE-26 Won't Do by yuxiang (11446-11448) and EE-20
        // Won't Do (11595) with no comment; EE-20 taken out of EE Sprint 8 (11579), EE-17 out of EE Sprint 7 (11598)
        // and out of EE Sprint 8 (11600), none resolved then and none commented within 14 days.
        var s7 = wait["EE Sprint 7"];
        (s7.Count, s7.Of).ShouldBe((1, 8));
        s7.Band.ShouldBe(SignalBand.Concern);
        s7.Evidence.Select(e => e.Change).ShouldBe(["11076", "11446", "11447", "11448", "11579", "11595", "11598", "11600"]);
        s7.Evidence[0].Text.ShouldBe("resolved as Won't Do; reason given in a comment by Rankin Zheng on 2020-06-12");

        // 107265: Rankin Zheng took issue 13954 out of EE Sprint 37 on 2021-05-10; no resolution, no comment.
        var s37 = wait["EE Sprint 37"];
        (s37.Count, s37.Of).ShouldBe((0, 1));
        s37.Evidence.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Change.ShouldBe("107265"),
            e => e.Actor.ShouldBe("Rankin Zheng"),
            e => e.Text.ShouldBe("taken out of EE Sprint 37 before it was done; no reason given"));

        result.Findings.ShouldContain(f => f.Kind == "unexplained-wait");
    }

    [Fact]
    public async Task Product_owner_is_inferred_as_the_most_frequent_ranker_and_others_changes_are_overrides()
    {
        if (await DevLakeAsync(output) is not { } result)
        {
            return;
        }

        // Rank items of all histories (embedded and changelog rows, de-duplicated by id): Rankin Zheng 5, yuxiang 2.
        result.ProductOwner.ShouldBe(new ProductOwner("Rankin Zheng", true, "inferred: the most frequent ranker, 5 of 7 rank changes"));
        var overrides = result.Of(OrderOverridesSignal.Id).Values.ToDictionary(v => v.Period);

        // EE Sprint 7: yuxiang ranked EE-17 lower (11599) and higher (11601); Rankin Zheng ranked EE-24 higher and EE-17 lower (11616) …
        var s7 = overrides["EE Sprint 7"];
        (s7.Count, s7.Of).ShouldBe((2, 4));
        s7.Evidence.Select(e => (e.Change, e.Actor)).ShouldBe([("11599", "yuxiang"), ("11601", "yuxiang")]);

        // EE Sprint 23: Runjuu raised 13383's priority Medium → High (57437); Rankin Zheng ranked it higher (57435).
        var s23 = overrides["EE Sprint 23"];
        (s23.Count, s23.Of).ShouldBe((1, 2));
        s23.Evidence.ShouldHaveSingleItem().Text.ShouldBe("priority Medium → High by Runjuu, not the product owner");

        // Three overrides in all: under the five a decision-room finding needs.
        result.Findings.ShouldNotContain(f => f.Kind == "decision-room");
    }

    [Fact]
    public async Task Jirametrics_testdata_issue_entering_the_running_sprint_is_random_demand()
    {
        var folder = SharedData.Folder("backlogs/jira-rest-samples/jirametrics-testdata");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/jira-rest-samples/jirametrics-testdata is not there");
            return;
        }

        var history = await HistoryLoader.LoadAsync(folder);
        var result = SignalEngine.Default.Run(history);
        var v = result.Of(RandomDemandSignal.Id).Values.ShouldHaveSingleItem();
        v.Period.ShouldBe("Scrum Sprint 3");
        foreach (var e in v.Evidence)
        {
            output.WriteLine(e.ToString());
        }

        // SP-15 entered the active sprint after its start (change 10143); SP-13 and SP-14 (10121, 10124) before it.
        v.Evidence.Single(e => e.Kind == "event").ShouldSatisfyAllConditions(e => e.Item.ShouldBe("SP-15"), e => e.Change.ShouldBe("10143"));
        v.Evidence.Where(e => e.Kind == "item").Select(e => e.Item).ShouldContain("SP-13");
        v.Evidence.Where(e => e.Kind == "item").Select(e => e.Item).ShouldContain("SP-14");
        history.Events.Single(e => e.ChangeId == "10143" && e.Kind == ItemEventKind.AddedToSprint).At.ShouldBeGreaterThan(history.Sprints[0].Start!.Value);
    }
}
