using System.Text;
using PoPath.Core.Model;
using PoPath.Import.Jira;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.Jira;

public sealed class JiraCsvReaderTests
{
    private static Task<Read.Output> ReadJira(string text) => Read.AllAsync(new JiraCsvReader(), text, "jira.csv");

    [Fact]
    public async Task Reads_repeated_sprint_columns_left_to_right()
    {
        var result = await ReadJira("Summary,Issue key,Sprint,Sprint,Sprint\nPay,PAY-1,Sprint 10,Sprint 11,\nRefund,PAY-2,,Sprint 12,Sprint 13\n");

        result.Items[0].Sprints.ShouldBe(["Sprint 10", "Sprint 11"]);
        result.Items[1].Sprints.ShouldBe(["Sprint 12", "Sprint 13"]);
    }

    [Fact]
    public async Task Collects_repeated_labels_columns()
    {
        var result = await ReadJira("Summary,Issue key,Labels,Labels\nPay,PAY-1,checkout,mobile\n");

        result.Items[0].Labels.ShouldBe(["checkout", "mobile"]);
    }

    [Fact]
    public async Task Reads_the_core_jira_columns()
    {
        var result = await ReadJira(
            "Summary,Issue key,Issue id,Issue Type,Status,Priority,Description,Due date,Reporter,Assignee,Created,Updated\n" +
            "Pay by card,PAY-1,10001,Story,To Do,High,\"As a shopper\nI want\",30/Sep/26 12:00 AM,ann,bob,12/Mar/24 9:41 AM,13/Mar/24 10:00 PM\n");

        var item = result.Items.ShouldHaveSingleItem();
        (item.Id, item.Title, item.Type, item.Status, item.Priority).ShouldBe(("PAY-1", "Pay by card", "Story", "To Do", "High"));
        item.Description.ShouldBe("As a shopper\nI want");
        item.DueDate.ShouldBe(new DateOnly(2026, 9, 30));
        item.Created.ShouldBe(new DateTimeOffset(2024, 3, 12, 9, 41, 0, TimeSpan.Zero));
        item.Updated.ShouldBe(new DateTimeOffset(2024, 3, 13, 22, 0, 0, TimeSpan.Zero));
        (item.Reporter, item.Assignee).ShouldBe(("ann", "bob"));
    }

    [Fact]
    public async Task Orders_by_the_lexorank_of_the_rank_custom_field()
    {
        var result = await ReadJira(
            "Summary,Issue key,Custom field (Rank)\n" +
            "c,PAY-3,0|i000ct:\nnone,PAY-9,\na,PAY-1,0|i0001a:\nb,PAY-2,0|i0001a:4\n");

        result.Ids.ShouldBe(["PAY-1", "PAY-2", "PAY-3", "PAY-9"]);
        result.Items.Select(i => i.Rank).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public async Task Compares_plain_number_ranks_as_numbers_before_lexoranks()
    {
        var result = await ReadJira("Issue key,Summary,Rank\nA,a,10\nB,b,2\nC,c,0|i0001a:\n");

        result.Ids.ShouldBe(["B", "A", "C"]);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Maps_outward_and_inward_blocks_links()
    {
        var result = await ReadJira(
            "Summary,Issue key,Outward issue link (Blocks),Outward issue link (Blocks),Inward issue link (Blocks)\n" +
            "Pay,PAY-1,PAY-2,PAY-3,PAY-0\n");

        result.Items[0].Links.ShouldBe([new ItemLink("blocks", "PAY-2"), new ItemLink("blocks", "PAY-3"), new ItemLink("is blocked by", "PAY-0")]);
        result.Items[0].Links.Count(l => l.IsBlocking).ShouldBe(2);
    }

    [Fact]
    public async Task Names_other_link_kinds_after_the_header_link_type()
    {
        var result = await ReadJira(
            "Summary,Issue key,Outward issue link (Relates),Inward issue link (Cloners),Outward issue link (Parent-Child),Inward issue link (Parent-Child)\n" +
            "Pay,PAY-1,PAY-5,PAY-6,PAY-7,PAY-8\n");

        result.Items[0].Links.ShouldBe([
            new ItemLink("relates to", "PAY-5"),
            new ItemLink("is cloned by", "PAY-6"),
            new ItemLink("parent-child", "PAY-7"),
            new ItemLink("parent-child (inward)", "PAY-8"),
        ]);
    }

    [Theory]
    [InlineData("Custom field (Story Points)")]
    [InlineData("Custom field (Story point estimate)")]
    public async Task Reads_story_points_from_either_custom_field(string header)
    {
        var result = await ReadJira($"Summary,Issue key,{header}\nPay,PAY-1,3.0\n");

        result.Items[0].StoryPoints.ShouldBe(3);
    }

    [Fact]
    public async Task Takes_the_first_filled_of_two_story_point_fields()
    {
        var result = await ReadJira("Summary,Issue key,Custom field (Story Points),Custom field (Story point estimate)\nPay,PAY-1,,8\n");

        result.Items[0].StoryPoints.ShouldBe(8);
    }

    [Fact]
    public async Task Reads_acceptance_criteria_and_wsjf_custom_fields()
    {
        var result = await ReadJira(
            "Summary,Issue key,Custom field (Acceptance Criteria),Custom field (Business Value),Custom field (Time Criticality)," +
            "Custom field (Risk Reduction-Opportunity Enablement),Custom field (Job Size)\n" +
            "Pay,PAY-1,\"Given a card\nWhen I pay\nThen it clears\",8,5,2,3\n");

        var item = result.Items.ShouldHaveSingleItem();
        item.AcceptanceCriteria.ShouldBe("Given a card\nWhen I pay\nThen it clears");
        item.Wsjf.ShouldBe(new WsjfInputs(8, 5, 2, 3));
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reads_a_cloud_export_with_bom_and_crlf()
    {
        var text = "Summary,Issue key,Sprint,Sprint\r\n\"Pay\",PAY-1,S1,S2\r\nRefund,PAY-2,S2,\r\n";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var result = await Read.AllAsync(new JiraCsvReader(), Read.Bytes(bytes));

        result.Diagnostics.ShouldBeEmpty();
        result.Ids.ShouldBe(["PAY-1", "PAY-2"]);
    }

    [Fact]
    public async Task Lists_the_jira_columns_it_does_not_read_in_one_warning()
    {
        var result = await ReadJira("Summary,Issue key,Watchers,Comment,Comment,Custom field (Epic Link)\nPay,PAY-1,ann,hi,there,PAY-0\n");

        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Message.ShouldContain("Watchers, Comment (×2), Custom field (Epic Link)");
    }

    [Fact]
    public async Task Reports_a_jira_file_without_summary_listing_what_it_found()
    {
        var result = await ReadJira("Issue key,Status\nPAY-1,Done\n");

        result.SingleError().Message.ShouldContain("no title column");
    }
}
