using System.Text;
using PoPath.Import.Tests.Support;
using PoPath.Import.Text;

namespace PoPath.Import.Tests.Text;

public sealed class PlainTextReaderTests
{
    private static Task<Read.Output> ReadText(string text, ImportOptions? options = null) =>
        Read.AllAsync(new PlainTextReader(options), text, "stories.txt");

    [Fact]
    public async Task Reads_one_story_per_line_skipping_blank_lines_with_physical_line_ids()
    {
        var result = await ReadText("As a user, I want A\n\n   \nAs a user, I want B\n");

        result.Ids.ShouldBe(["L1", "L4"]);
        result.Titles.ShouldBe(["As a user, I want A", "As a user, I want B"]);
        result.Items.Select(i => i.Rank).ShouldBe([1, 2]);
        result.Items[1].Source!.Line.ShouldBe(4);
    }

    [Fact]
    public async Task Trims_lines_and_reads_a_last_line_without_newline()
    {
        var result = await ReadText("  first story \t\nsecond story");

        result.Titles.ShouldBe(["first story", "second story"]);
    }

    [Fact]
    public async Task Reads_crlf_and_lone_cr_line_endings()
    {
        var result = await ReadText("one\r\ntwo\rthree\r\n\r\nfive");

        result.Ids.ShouldBe(["L1", "L2", "L3", "L5"]);
    }

    [Fact]
    public async Task Strips_a_utf8_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("As a PI, I want")).ToArray();

        var result = await Read.AllAsync(new PlainTextReader(), Read.Bytes(bytes));

        result.Titles.ShouldBe(["As a PI, I want"]);
    }

    [Fact]
    public async Task Falls_back_to_windows_1252_with_one_warning()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("plain line\nit"), 0x92, .. Encoding.ASCII.GetBytes("s a "), 0x93, (byte)'q', 0x94, (byte)'\n', .. Encoding.ASCII.GetBytes("third "), 0x96];

        var result = await Read.AllAsync(new PlainTextReader(), Read.Bytes(bytes));

        result.Titles.ShouldBe(["plain line", "it\u2019s a \u201cq\u201d", "third \u2013"]);
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(2);
        warning.Message.ShouldContain("Windows-1252");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public async Task Reports_an_empty_file(string text)
    {
        var result = await ReadText(text);

        result.SingleError().Message.ShouldStartWith("file is empty");
    }

    [Fact]
    public async Task Reports_binary_input()
    {
        var result = await Read.AllAsync(new PlainTextReader(), Read.Bytes([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));

        result.SingleError().Message.ShouldStartWith("binary file, expected text");
    }

    [Fact]
    public async Task Skips_a_line_over_the_cap_with_a_warning()
    {
        var result = await ReadText("short\n" + new string('x', 100) + "\nafter\n", new ImportOptions { MaxFieldLength = 50 });

        result.Ids.ShouldBe(["L1", "L3"]);
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(2);
        warning.Message.ShouldContain("over the cap of 50");
    }

    [Fact]
    public async Task Numbers_lines_right_across_read_blocks()
    {
        var text = string.Concat(Enumerable.Range(1, 30_000).Select(i => i % 3 == 0 ? "\r\n" : $"story {i}\r\n"));

        var result = await ReadText(text);

        result.Items.Count.ShouldBe(20_000);
        result.Items.Select(i => i.Id).ShouldBe(result.Items.Select(i => "L" + i.Title.Replace("story ", "", StringComparison.Ordinal)));
    }
}
