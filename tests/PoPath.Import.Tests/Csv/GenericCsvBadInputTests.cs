using System.Text;
using PoPath.Core.Import;
using PoPath.Import.Csv;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.Csv;

public sealed class GenericCsvBadInputTests
{
    private static Task<Read.Output> ReadCsv(string text, ImportOptions? options = null) =>
        Read.AllAsync(new GenericCsvReader(options), text, "in.csv");

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \r\n")]
    public async Task Reports_an_empty_file(string text)
    {
        var result = await ReadCsv(text);

        result.SingleError().Message.ShouldBe("file is empty");
        result.SingleError().Location.File.ShouldBe("in.csv");
        result.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reports_a_header_without_data_rows()
    {
        var result = await ReadCsv("Issue key,Summary\n");

        result.SingleError().Message.ShouldStartWith("header found but no data rows");
        result.SingleError().Location.Line.ShouldBe(1);
    }

    [Fact]
    public async Task Reports_a_header_with_no_known_column_naming_the_header_and_the_expected_columns()
    {
        var result = await ReadCsv("foo;bar;baz\n1;2;3\n");

        var error = result.SingleError();
        error.Location.Line.ShouldBe(1);
        error.Message.ShouldContain("\"foo;bar;baz\"");
        error.Message.ShouldContain("split at ';'");
        error.Message.ShouldContain("Summary, Title, Name");
    }

    [Fact]
    public async Task Reports_a_header_split_at_the_wrong_delimiter_as_one_unknown_column()
    {
        var result = await ReadCsv("Summary:Description:Status\nA:B:C\n");

        var error = result.SingleError();
        error.Message.ShouldContain("into 1 column(s)");
        error.Message.ShouldContain(", ; tab |");
    }

    [Fact]
    public async Task Reports_a_missing_title_column_listing_the_columns_found_and_the_accepted_names()
    {
        var result = await ReadCsv("Id,Description,Owner\n1,d,me\n");

        var error = result.SingleError();
        error.Message.ShouldContain("no title column");
        error.Message.ShouldContain("\"Id\", \"Description\", \"Owner\"");
        error.Message.ShouldContain("Summary, Title, Name");
    }

    [Fact]
    public async Task Reports_an_unclosed_quote_with_the_line_where_the_field_started()
    {
        var result = await ReadCsv("Id,Title\nA,fine\nB,\"never closed\nC,more\nD,still more\n");

        var error = result.SingleError();
        error.Location.Line.ShouldBe(3);
        error.Location.Column.ShouldBe(2);
        error.Message.ShouldContain("unbalanced quotes");
        error.Message.ShouldContain("starts on line 3");
        result.Ids.ShouldBe(["A"]);
    }

    [Fact]
    public async Task Reports_a_stray_quote_that_swallows_lines_until_the_next_quote()
    {
        var result = await ReadCsv("Id,Title\nA,\"opened\nB,plain\nC,\"quoted\",\nD,d\n");

        var error = result.SingleError();
        error.Location.Line.ShouldBe(2);
        error.Message.ShouldContain("unbalanced quotes");
    }

    [Fact]
    public async Task Warns_for_text_after_a_closing_quote_on_one_line_and_keeps_the_row()
    {
        var result = await ReadCsv("Id,Title\nA,\"quoted\" tail\nB,b\n");

        result.Ids.ShouldBe(["A", "B"]);
        var warning = result.Warnings.ShouldHaveSingleItem();
        (warning.Location.Line, warning.Location.Column).ShouldBe((2, 2));
    }

    [Fact]
    public async Task Keeps_a_quote_inside_an_unquoted_field_as_written()
    {
        var result = await ReadCsv("Id,Title\nA,Support 12\" screens\n");

        result.Diagnostics.ShouldBeEmpty();
        result.Titles.ShouldBe(["Support 12\" screens"]);
    }

    [Fact]
    public async Task Skips_a_row_with_a_field_over_the_cap_naming_line_and_column()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var result = await ReadCsv($"Id,Title,Description\nA,a,short\nB,b,\"{huge}\"\nC,c,short\n");

        result.Ids.ShouldBe(["A", "C"]);
        var warning = result.Warnings.ShouldHaveSingleItem();
        (warning.Location.Line, warning.Location.Column).ShouldBe((3, 3));
        warning.Message.ShouldContain("Description");
        warning.Message.ShouldContain("over the cap of 1,048,576");
    }

    [Fact]
    public async Task Applies_a_configured_field_cap()
    {
        var result = await ReadCsv("Id,Title\nA,short\nB,a title longer than twenty characters\n", new ImportOptions { MaxFieldLength = 20 });

        result.Ids.ShouldBe(["A"]);
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("over the cap of 20");
    }

    [Fact]
    public async Task Reports_binary_input()
    {
        var bytes = Encoding.ASCII.GetBytes("Title\nok\n").Concat(new byte[] { 0, 1, 2, 0, 255 }).ToArray();

        var result = await Read.AllAsync(new GenericCsvReader(), Read.Bytes(bytes));

        result.SingleError().Message.ShouldStartWith("binary file, expected text");
    }

    [Fact]
    public async Task Lists_unknown_columns_in_one_warning()
    {
        var result = await ReadCsv("Title,Colour,Mood,Colour,\nt,red,calm,blue,\n");

        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(1);
        warning.Message.ShouldContain("Colour (×2), Mood");
        result.Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Falls_back_to_windows_1252_for_invalid_utf8_with_one_warning()
    {
        var latin = Encoding.Latin1.GetBytes("Title,Id\nCaf\u00e9 menu,1\nNa\u00efve search,2\n");
        latin = [.. latin, 0x93, (byte)'q', 0x94, (byte)',', (byte)'3', (byte)'\n'];

        var result = await Read.AllAsync(new GenericCsvReader(), Read.Bytes(latin));

        result.Titles.ShouldBe(["Café menu", "Naïve search", "\u201cq\u201d"]);
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(2);
        warning.Message.ShouldContain("Windows-1252");
    }

    [Fact]
    public async Task Reads_valid_utf8_split_across_read_blocks_without_falling_back()
    {
        var rows = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i},Überweisung für Kunden {i}\n"));

        var result = await ReadCsv("Id,Title\n" + rows);

        result.Diagnostics.ShouldBeEmpty();
        result.Items.Count.ShouldBe(20_000);
        result.Items[^1].Title.ShouldBe("Überweisung für Kunden 19999");
        result.Items[^1].Source!.Line.ShouldBe(20_001);
    }

    [Fact]
    public async Task Never_throws_for_random_bytes()
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            var result = await Read.AllAsync(new GenericCsvReader(), Read.Bytes(bytes));
            result.Diagnostics.Count.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Ends_the_stream_after_an_error()
    {
        var result = await ReadCsv("Title\n\"open\n");

        result.Diagnostics.Last().Severity.ShouldBe(DiagnosticSeverity.Error);
    }
}
