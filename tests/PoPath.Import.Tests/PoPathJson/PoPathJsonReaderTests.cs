using System.Text;
using PoPath.Core.Model;
using PoPath.Import.PoPathJson;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.PoPathJson;

public sealed class PoPathJsonReaderTests
{
    internal const string Example = """
        {
          "popath": "backlog/1",
          "source": "Jira PAY board, exported 2026-11-02",
          "items": [
            {
              "id": "PAY-12",
              "title": "Let returning shoppers pay with a saved card",
              "description": "Returning shoppers abandon checkout when they retype card details.",
              "acceptance_criteria": "Given a saved card\nWhen I pay\nThen no card form is shown",
              "type": "story",
              "status": "To Do",
              "rank": 1,
              "priority": "High",
              "due_date": "2027-03-31",
              "links": [{"kind": "blocks", "target": "PAY-14"}],
              "labels": ["checkout"],
              "story_points": 5,
              "wsjf": {"business_value": 8, "time_criticality": 5, "risk_reduction": 3, "job_size": 3},
              "sprints": ["Sprint 12"],
              "created": "2026-10-01T09:00:00Z",
              "updated": "2026-10-03T14:30:00+02:00",
              "reporter": "ann",
              "assignee": "bob"
            },
            { "id": "PAY-14", "title": "Show saved cards in the wallet" }
          ]
        }
        """;

    private static Task<Read.Output> ReadJson(string text, ImportOptions? options = null) =>
        Read.AllAsync(new PoPathJsonReader(options), text, "backlog.json");

    private static string Items(params string[] items) => $$"""{"popath": "backlog/1", "items": [{{string.Join(",\n", items)}}]}""";

    [Fact]
    public async Task Reads_every_field_of_the_documented_example()
    {
        var result = await ReadJson(Example);

        result.Diagnostics.ShouldBeEmpty();
        result.Ids.ShouldBe(["PAY-12", "PAY-14"]);
        var item = result.Items[0];
        item.Title.ShouldBe("Let returning shoppers pay with a saved card");
        item.Description.ShouldStartWith("Returning shoppers");
        item.AcceptanceCriteria.ShouldBe("Given a saved card\nWhen I pay\nThen no card form is shown");
        (item.Type, item.Status, item.Priority, item.Rank).ShouldBe(("story", "To Do", "High", 1));
        item.DueDate.ShouldBe(new DateOnly(2027, 3, 31));
        item.Links.ShouldBe([new ItemLink("blocks", "PAY-14")]);
        item.Labels.ShouldBe(["checkout"]);
        item.StoryPoints.ShouldBe(5);
        item.Wsjf.ShouldBe(new WsjfInputs(8, 5, 3, 3));
        item.Sprints.ShouldBe(["Sprint 12"]);
        item.Created.ShouldBe(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        item.Updated.ShouldBe(new DateTimeOffset(2026, 10, 3, 14, 30, 0, TimeSpan.FromHours(2)));
        (item.Reporter, item.Assignee).ShouldBe(("ann", "bob"));
        item.Source.ShouldBe(new SourceLocation("backlog.json", 5, Path: "$.items[0]"));
        result.Items[1].Source!.Line.ShouldBe(25);
        result.Items[1].Rank.ShouldBe(0);
    }

    [Fact]
    public async Task Warns_once_per_unknown_property_name_not_per_item()
    {
        var result = await ReadJson(Items("""{"id": "A", "title": "a", "colour": "red"}""", """{"id": "B", "title": "b", "colour": "blue", "mood": 1}"""));

        result.Items.Count.ShouldBe(2);
        result.Warnings.Select(w => w.Location.Path).ShouldBe(["$.items[0].colour", "$.items[1].mood"]);
    }

    [Fact]
    public async Task Warns_with_the_json_path_for_a_wrong_type_and_drops_only_that_field()
    {
        var result = await ReadJson(Items(
            """{"id": "A", "title": "a"}""", """{"id": "B", "title": "b"}""", """{"id": "C", "title": "c"}""",
            """{"id": "D", "title": "d", "story_points": "five", "priority": "Low"}"""));

        var d = result.Items.Single(i => i.Id == "D");
        d.StoryPoints.ShouldBeNull();
        d.Priority.ShouldBe("Low");
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Message.ShouldStartWith("$.items[3].story_points: expected a number, found \"five\"");
        warning.Location.Path.ShouldBe("$.items[3].story_points");
        warning.Location.Line.ShouldBe(4);
    }

    [Theory]
    [InlineData("""{"title": "no id"}""", "$.items[0]: missing required \"id\"")]
    [InlineData("""{"id": "A"}""", "$.items[0]: missing required \"title\"")]
    [InlineData("""{"id": ["A"], "title": "t"}""", "$.items[0].id: expected a string, found an array")]
    [InlineData("""{"id": "A", "title": "  "}""", "$.items[0].title: expected a non-empty string")]
    [InlineData("42", "$.items[0]: expected an item object, found a number")]
    public async Task Skips_an_item_without_a_usable_id_or_title(string item, string message)
    {
        var result = await ReadJson(Items(item, """{"id": "OK", "title": "kept"}"""));

        result.Ids.ShouldBe(["OK"]);
        result.Warnings.ShouldHaveSingleItem().Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task Accepts_a_numeric_id()
    {
        var result = await ReadJson(Items("""{"id": 17, "title": "t"}"""));

        result.Ids.ShouldBe(["17"]);
    }

    [Fact]
    public async Task Drops_mistyped_optional_fields_with_a_warning_each()
    {
        var result = await ReadJson(Items(
            """{"id": "A", "title": "t", "rank": 1.5, "due_date": "someday", "labels": ["ok", 3], "links": [{"kind": "blocks"}, "PAY-2"], "wsjf": {"job_size": "big"}, "created": 5}"""));

        var item = result.Items.ShouldHaveSingleItem();
        item.Rank.ShouldBe(0);
        item.DueDate.ShouldBeNull();
        item.Labels.ShouldBe(["ok"]);
        item.Links.ShouldBeEmpty();
        item.Wsjf!.JobSize.ShouldBeNull();
        result.Warnings.Select(w => w.Location.Path).ShouldBe([
            "$.items[0].rank", "$.items[0].due_date", "$.items[0].labels[1]", "$.items[0].links[0]",
            "$.items[0].links[1]", "$.items[0].wsjf.job_size", "$.items[0].created"]);
    }

    [Fact]
    public async Task Treats_null_as_absent()
    {
        var result = await ReadJson(Items("""{"id": "A", "title": "t", "description": null, "story_points": null}"""));

        result.Diagnostics.ShouldBeEmpty();
        result.Items[0].Description.ShouldBeNull();
    }

    [Fact]
    public async Task Reports_truncated_json_with_line_and_byte_position()
    {
        var result = await ReadJson("{\"popath\": \"backlog/1\", \"items\": [\n  {\"id\": \"A\", \"title\": \"a\"},\n  {\"id\": \"B\", \"tit");

        var error = result.SingleError();
        error.Message.ShouldStartWith("truncated or malformed JSON at line 3");
        error.Location.Line.ShouldBe(3);
        error.Location.Column.ShouldNotBeNull();
        result.Ids.ShouldBe(["A"]);
    }

    [Fact]
    public async Task Reports_json_cut_after_a_complete_item()
    {
        var result = await ReadJson("{\"popath\": \"backlog/1\", \"items\": [\n  {\"id\": \"A\", \"title\": \"a\"}\n");

        result.SingleError().Message.ShouldStartWith("truncated or malformed JSON");
    }

    [Fact]
    public async Task Reports_malformed_json_with_its_position()
    {
        var result = await ReadJson("{\"popath\": \"backlog/1\",\n \"items\": [ {\"id\": \"A\" \"title\": \"a\"} ] }");

        var error = result.SingleError();
        error.Location.Line.ShouldBe(2);
        error.Message.ShouldContain("at line 2, byte");
    }

    [Theory]
    [InlineData("""{"items": []}""", "missing \"popath\"")]
    [InlineData("""{"popath": "backlog/9", "items": []}""", "$.popath: expected \"backlog/1\", found \"backlog/9\"")]
    [InlineData("""[{"id": "A"}]""", "expected a JSON object")]
    [InlineData("""{"popath": "backlog/1", "items": {"id": "A"}}""", "$.items: expected an array")]
    public async Task Reports_a_document_that_is_not_a_popath_backlog(string json, string message)
    {
        var result = await ReadJson(json);

        result.SingleError().Message.ShouldContain(message);
    }

    [Fact]
    public async Task Warns_for_unknown_top_level_properties()
    {
        var result = await ReadJson("""{"popath": "backlog/1", "exported_by": {"tool": "x"}, "items": [{"id": "A", "title": "a"}]}""");

        result.Items.ShouldHaveSingleItem();
        result.Warnings.ShouldHaveSingleItem().Location.Path.ShouldBe("$.exported_by");
    }

    [Fact]
    public async Task Skips_an_item_with_a_string_over_the_cap()
    {
        var result = await ReadJson(Items($$"""{"id": "A", "title": "t", "description": "{{new string('x', 100)}}"}""", """{"id": "B", "title": "b"}"""), new ImportOptions { MaxFieldLength = 50 });

        result.Ids.ShouldBe(["B"]);
        result.Warnings.ShouldHaveSingleItem().Location.Path.ShouldBe("$.items[0].description");
    }

    [Fact]
    public async Task Reads_a_bom_and_items_spread_over_many_read_blocks()
    {
        var items = Enumerable.Range(0, 5_000).Select(i => $$"""{"id": "K-{{i}}", "title": "Item {{i}} with some text to make it longer", "labels": ["a", "b"]}""");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Items([.. items]))).ToArray();

        var result = await Read.AllAsync(new PoPathJsonReader(), Read.Bytes(bytes));

        result.Diagnostics.ShouldBeEmpty();
        result.Items.Count.ShouldBe(5_000);
        result.Items[4_999].Source!.Line.ShouldBe(5_000);
        result.Items[4_999].Source!.Path.ShouldBe("$.items[4999]");
    }

    [Fact]
    public async Task Reads_an_item_larger_than_the_read_buffer()
    {
        var big = new string('d', 300_000);
        var result = await ReadJson(Items($$"""{"id": "A", "title": "t", "description": "{{big}}"}"""));

        result.Items.ShouldHaveSingleItem().Description!.Length.ShouldBe(300_000);
    }
}
