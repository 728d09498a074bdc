using System.Text.Json;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary>The stable names of <c>check --output json</c> (DESIGN §7) that other tools rely on.</summary>
public sealed class JsonContractTests
{
    private static readonly string ContractFixture = Paths.Fixture("contract-backlog.csv");

    public static TheoryData<string> Inputs => new() { "contract-backlog.csv", "sample" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Top_level_has_items_summary_and_gaps(string input)
    {
        using var doc = await CheckJson.RunAsync(Paths.Input(input));
        var root = doc.RootElement;

        root.GetProperty("items").ValueKind.ShouldBe(JsonValueKind.Array);
        root.GetProperty("summary").ValueKind.ShouldBe(JsonValueKind.Object);
        root.GetProperty("gaps").ValueKind.ShouldBe(JsonValueKind.Object);
        root.GetProperty("summary").GetProperty("items").GetInt32().ShouldBe(doc.Items().Count());
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_item_has_id_title_rank_score_and_all_six_elements_with_a_known_status(string input)
    {
        using var doc = await CheckJson.RunAsync(Paths.Input(input));

        var ranks = new List<int>();
        foreach (var item in doc.Items())
        {
            item.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            item.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.String);
            ranks.Add(item.GetProperty("rank").GetInt32());
            item.GetProperty("score").GetDouble().ShouldBeInRange(0, 100);
            item.GetProperty("elements").EnumerateObject().Select(p => p.Name).ShouldBe(CheckJson.Elements, ignoreOrder: true);
            foreach (var name in CheckJson.Elements)
            {
                var element = item.Element(name);
                element.GetProperty("status").GetString().ShouldBeOneOf(CheckJson.Statuses);
                element.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Array);
            }

            item.GetProperty("questions").EnumerateArray().ShouldAllBe(q => q.ValueKind == JsonValueKind.String && q.GetString()!.Length > 0);
            item.GetProperty("findings").ValueKind.ShouldBe(JsonValueKind.Array);
        }

        ranks.ShouldBe(Enumerable.Range(1, ranks.Count).ToList(), "ranks are 1..n in output order");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_verdict_that_is_not_missing_has_evidence_with_field_start_end_and_text(string input)
    {
        using var doc = await CheckJson.RunAsync(Paths.Input(input));

        foreach (var item in doc.Items())
        {
            foreach (var name in CheckJson.Elements)
            {
                var element = item.Element(name);
                var evidence = element.GetProperty("evidence").EnumerateArray().ToList();
                if (element.GetProperty("status").GetString() != "missing")
                {
                    evidence.ShouldNotBeEmpty($"{item.GetProperty("id")} {name} is {element.GetProperty("status")} without evidence");
                }

                evidence.ShouldAllBe(e => e.GetProperty("field").GetString()!.Length > 0
                    && e.GetProperty("start").GetInt32() >= 0
                    && e.GetProperty("end").GetInt32() >= e.GetProperty("start").GetInt32()
                    && e.GetProperty("text").GetString()!.Length > 0);
            }
        }
    }

    [Fact]
    public async Task Evidence_from_a_text_field_is_the_exact_substring_of_that_field_in_the_input()
    {
        var fields = InputFields.FromCsv(ContractFixture, "id", new Dictionary<string, string>
        {
            ["title"] = "title",
            ["description"] = "description",
            ["acceptance_criteria"] = "acceptance_criteria",
        });
        using var doc = await CheckJson.RunAsync(ContractFixture);

        doc.ShouldQuoteTheInput(fields).ShouldBeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task There_is_one_question_per_weak_or_missing_element(string input)
    {
        using var doc = await CheckJson.RunAsync(Paths.Input(input));

        foreach (var item in doc.Items())
        {
            var gaps = CheckJson.Elements.Count(e => item.Element(e).GetProperty("status").GetString() != "present");
            item.GetProperty("questions").GetArrayLength().ShouldBe(gaps, item.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Items_lists_every_item_while_top_sets_what_the_gap_profile_and_top_average_cover()
    {
        using var doc = await CheckJson.RunAsync(Paths.Sample, "--top", "3");

        doc.Items().Count().ShouldBe(10);
        var top = doc.Items().Where(i => i.GetProperty("rank").GetInt32() <= 3).ToList();
        var summary = doc.RootElement.GetProperty("summary");
        summary.GetProperty("top").GetInt32().ShouldBe(3);
        summary.GetProperty("top_average_score").GetDouble().ShouldBe(top.Average(i => i.GetProperty("score").GetDouble()), 0.05);
        var gaps = doc.RootElement.GetProperty("gaps");
        gaps.GetProperty("top").GetInt32().ShouldBe(3);
        gaps.GetProperty("items").GetInt32().ShouldBe(3);
        foreach (var name in CheckJson.Elements)
        {
            gaps.GetProperty("elements").GetProperty(name).GetProperty("missing").GetInt32()
                .ShouldBe(top.Count(i => i.Element(name).GetProperty("status").GetString() == "missing"), name);
        }
    }

    [Fact]
    public async Task Findings_name_only_the_story_form_rules_of_the_design_with_a_message_and_evidence()
    {
        using var doc = await CheckJson.RunAsync(ContractFixture);

        var findings = doc.Items().SelectMany(i => i.GetProperty("findings").EnumerateArray()).ToList();

        findings.ShouldNotBeEmpty("the fixture holds stories that break the story form");
        foreach (var f in findings)
        {
            f.GetProperty("rule").GetString().ShouldBeOneOf(CheckJson.StoryFormRules);
            f.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
            f.GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Gaps_count_every_element_over_the_top_items()
    {
        using var doc = await CheckJson.RunAsync(ContractFixture);

        var gaps = doc.RootElement.GetProperty("gaps");
        var considered = gaps.GetProperty("items").GetInt32();
        considered.ShouldBe(doc.Items().Count());
        gaps.GetProperty("elements").EnumerateObject().Select(p => p.Name).ShouldBe(CheckJson.Elements, ignoreOrder: true);
        foreach (var name in CheckJson.Elements)
        {
            var g = gaps.GetProperty("elements").GetProperty(name);
            var statuses = doc.Items().Select(i => i.Element(name).GetProperty("status").GetString()).ToList();
            g.GetProperty("present").GetInt32().ShouldBe(statuses.Count(s => s == "present"), name);
            g.GetProperty("weak").GetInt32().ShouldBe(statuses.Count(s => s == "weak"), name);
            g.GetProperty("missing").GetInt32().ShouldBe(statuses.Count(s => s == "missing"), name);
        }
    }
}
