using PoPath.Core.Model;
using PoPath.Import.Csv;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.Csv;

public sealed class GenericCsvReaderTests
{
    private static Task<Read.Output> ReadCsv(string text, ImportOptions? options = null) =>
        Read.AllAsync(new GenericCsvReader(options), text);

    [Fact]
    public async Task Matches_columns_by_alias_ignoring_case_spaces_underscores_and_dashes()
    {
        var result = await ReadCsv("ISSUE_KEY,sum-mary,Story Points,acceptance criteria,RR|OE\nPAY-1,Pay by card,5,Given a card,3\n");

        result.Diagnostics.ShouldBeEmpty();
        var item = result.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe("PAY-1");
        item.Title.ShouldBe("Pay by card");
        item.StoryPoints.ShouldBe(5);
        item.AcceptanceCriteria.ShouldBe("Given a card");
        item.Wsjf!.RiskReduction.ShouldBe(3);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Name")]
    [InlineData("summary")]
    public async Task Accepts_each_title_alias(string header)
    {
        var result = await ReadCsv($"{header}\nExport the ledger\n");

        result.Titles.ShouldBe(["Export the ledger"]);
    }

    [Fact]
    public async Task Uses_the_data_row_number_as_id_when_there_is_no_id_column()
    {
        var result = await ReadCsv("Title\nFirst\nSecond\n\nThird\n");

        result.Ids.ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task Ranks_by_file_order_without_a_rank_column()
    {
        var result = await ReadCsv("Id,Title\nB,Second thing\nA,First thing\n");

        result.Items.Select(i => (i.Id, i.Rank)).ShouldBe([("B", 1), ("A", 2)]);
    }

    [Fact]
    public async Task Sorts_by_a_numeric_rank_column_keeping_ties_and_blanks_in_file_order()
    {
        var result = await ReadCsv("Id,Title,Rank\nA,a,10\nB,b,\nC,c,2\nD,d,10\nE,e,\nF,f,1.5\n");

        result.Ids.ShouldBe(["F", "C", "A", "D", "B", "E"]);
        result.Items.Select(i => i.Rank).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task Reads_quoted_multi_line_fields_and_keeps_physical_line_numbers()
    {
        var result = await ReadCsv("Id,Title,Description\nA,First,\"line one\nline two\nline three\"\nB,Second,plain\n");

        result.Items[0].Description.ShouldBe("line one\nline two\nline three");
        result.Items[0].Source!.Line.ShouldBe(2);
        result.Items[1].Source!.Line.ShouldBe(5);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    [InlineData("|")]
    public async Task Detects_the_delimiter_from_the_header_line(string delimiter)
    {
        var text = string.Join(delimiter, "Key", "Summary", "Labels") + "\n" + string.Join(delimiter, "K-1", "\"Checkout, faster\"", "a,b") + "\n";

        var result = await ReadCsv(text);

        result.Errors.ShouldBeEmpty();
        result.Items.ShouldHaveSingleItem().Title.ShouldBe("Checkout, faster");
        result.Items[0].Labels.ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task Reads_a_semicolon_file_with_decimal_commas()
    {
        var result = await ReadCsv("Titel;Summary;Story Points\nx;Refund flow;2,5\n");

        result.Items.ShouldHaveSingleItem().StoryPoints.ShouldBe(2.5);
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("Titel");
    }

    [Fact]
    public async Task Ignores_delimiters_inside_quotes_when_detecting()
    {
        var result = await ReadCsv("Summary,\"Notes; with; many; semicolons\",Id\nA title,n,7\n");

        result.Items.ShouldHaveSingleItem().Id.ShouldBe("7");
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("Notes; with; many; semicolons");
    }

    [Fact]
    public async Task Reads_links_column_as_kind_and_target_pairs()
    {
        var result = await ReadCsv("Id,Title,Links\nPAY-1,t,\"blocks PAY-2; relates to PAY-3\nis blocked by PAY-9\"\n");

        result.Items[0].Links.ShouldBe([new ItemLink("blocks", "PAY-2"), new ItemLink("relates to", "PAY-3"), new ItemLink("is blocked by", "PAY-9")]);
    }

    [Fact]
    public async Task Reads_a_blocks_column_as_keys_this_item_blocks()
    {
        var result = await ReadCsv("Id,Title,Blocks\nPAY-1,t,\"PAY-2, PAY-3\"\n");

        result.Items[0].Links.ShouldBe([new ItemLink("blocks", "PAY-2"), new ItemLink("blocks", "PAY-3")]);
        result.Items[0].Links.ShouldAllBe(l => l.IsBlocking);
    }

    [Fact]
    public async Task Reads_labels_and_sprints_from_list_cells_and_repeated_columns()
    {
        var result = await ReadCsv("Title,Tags,Sprint,Sprint\nt,\"checkout; mobile\",Sprint 1,Sprint 2\n");

        result.Items[0].Labels.ShouldBe(["checkout", "mobile"]);
        result.Items[0].Sprints.ShouldBe(["Sprint 1", "Sprint 2"]);
    }

    [Fact]
    public async Task Reads_wsjf_inputs_and_the_structured_fields()
    {
        var result = await ReadCsv(
            "Title,Business Value,Time Criticality,Risk Reduction Opportunity Enablement,Job Size,Priority,Status,Issue Type,Reporter,Assignee\n" +
            "t,8,5,3,4,High,To Do,Story,ann,bob\n");

        var item = result.Items.ShouldHaveSingleItem();
        item.Wsjf.ShouldBe(new WsjfInputs(8, 5, 3, 4));
        (item.Priority, item.Status, item.Type, item.Reporter, item.Assignee).ShouldBe(("High", "To Do", "Story", "ann", "bob"));
    }

    [Fact]
    public async Task Leaves_wsjf_null_when_no_wsjf_column_has_a_value()
    {
        var result = await ReadCsv("Title,Job Size\nt,\n");

        result.Items[0].Wsjf.ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-03-12", 2024, 3, 12)]
    [InlineData("2024-03-12T09:41:00Z", 2024, 3, 12)]
    [InlineData("12/Mar/24 9:41 AM", 2024, 3, 12)]
    [InlineData("2024-03-12 09:41", 2024, 3, 12)]
    [InlineData("03/12/2024", 2024, 3, 12)]
    [InlineData("30/Sep/26 12:00 AM", 2026, 9, 30)]
    public async Task Parses_dates_in_common_export_forms(string cell, int year, int month, int day)
    {
        var result = await ReadCsv($"Title,Due date,Created\nt,{cell},{cell}\n");

        result.Diagnostics.ShouldBeEmpty();
        result.Items[0].DueDate.ShouldBe(new DateOnly(year, month, day));
        result.Items[0].Created!.Value.Date.ShouldBe(new DateTime(year, month, day));
    }

    [Fact]
    public async Task Takes_a_time_without_offset_as_utc_and_keeps_a_given_offset()
    {
        var result = await ReadCsv("Title,Created,Updated\nt,2024-03-12 09:41,2024-03-12T09:41:00+01:00\n");

        result.Items[0].Created.ShouldBe(new DateTimeOffset(2024, 3, 12, 9, 41, 0, TimeSpan.Zero));
        result.Items[0].Updated.ShouldBe(new DateTimeOffset(2024, 3, 12, 9, 41, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task Warns_for_an_unparseable_date_and_keeps_the_item_without_it()
    {
        var result = await ReadCsv("Title,Due date\nfirst,next Tuesday\nsecond,2024-01-02\n");

        result.Items.Count.ShouldBe(2);
        result.Items[0].DueDate.ShouldBeNull();
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(2);
        warning.Location.Column.ShouldBe(2);
        warning.Message.ShouldContain("\"next Tuesday\"");
        warning.Message.ShouldContain("ISO 8601");
    }

    [Fact]
    public async Task Warns_for_an_unparseable_number_and_drops_only_that_field()
    {
        var result = await ReadCsv("Title,Story Points,Priority\nt,five,High\n");

        result.Items[0].StoryPoints.ShouldBeNull();
        result.Items[0].Priority.ShouldBe("High");
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("\"five\" as a number");
    }

    [Fact]
    public async Task Warns_for_a_non_numeric_rank_and_puts_the_item_after_the_ranked_ones()
    {
        var result = await ReadCsv("Id,Title,Rank\nA,a,top\nB,b,1\n");

        result.Ids.ShouldBe(["B", "A"]);
        result.Warnings.ShouldHaveSingleItem().Location.Line.ShouldBe(2);
    }

    [Fact]
    public async Task Skips_a_row_with_an_empty_title_with_a_warning()
    {
        var result = await ReadCsv("Id,Title\nA,\nB,kept\n");

        result.Ids.ShouldBe(["B"]);
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(2);
        warning.Message.ShouldContain("empty title");
    }

    [Fact]
    public async Task Skips_a_row_with_an_empty_id_with_a_warning()
    {
        var result = await ReadCsv("Id,Title\n,lost\nB,kept\n");

        result.Ids.ShouldBe(["B"]);
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("empty id");
    }

    [Fact]
    public async Task Warns_once_for_a_row_with_more_fields_than_the_header()
    {
        var result = await ReadCsv("Id,Title\nA,a,extra,more\nB,b,,\n");

        result.Items.Count.ShouldBe(2);
        result.Warnings.ShouldHaveSingleItem().Location.Line.ShouldBe(2);
    }

    [Fact]
    public async Task Reads_crlf_line_endings_and_a_utf8_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("Summary,Id\r\n\"Pay\r\nlater\",X-1\r\nRefund,X-2\r\n")).ToArray();

        var result = await Read.AllAsync(new GenericCsvReader(), Read.Bytes(bytes));

        result.Diagnostics.ShouldBeEmpty();
        result.Items.Select(i => (i.Id, i.Title, i.Source!.Line)).ShouldBe([("X-1", "Pay\r\nlater", 2), ("X-2", "Refund", 4)]);
    }

    [Fact]
    public async Task Reads_a_utf16_file_with_a_byte_order_mark()
    {
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("Title\tId\nCafé menu\t1\n")).ToArray();

        var result = await Read.AllAsync(new GenericCsvReader(), Read.Bytes(bytes));

        result.Diagnostics.ShouldBeEmpty();
        result.Items.ShouldHaveSingleItem().Title.ShouldBe("Café menu");
    }

    [Fact]
    public async Task Names_the_source_in_every_location()
    {
        var result = await Read.AllAsync(new GenericCsvReader(), "Title,Due\nt,soon\n", "backlog.csv");

        result.Items[0].Source.ShouldBe(new SourceLocation("backlog.csv", 2));
        result.Warnings.ShouldHaveSingleItem().Location.File.ShouldBe("backlog.csv");
    }
}
