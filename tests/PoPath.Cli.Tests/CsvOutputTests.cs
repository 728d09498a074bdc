using System.Globalization;
using CsvHelper;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary><c>check --output csv</c>: one row per item, and imported text that a spreadsheet would run as a formula stays text.</summary>
public sealed class CsvOutputTests
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    [Theory]
    [InlineData("contract-backlog.csv", 8)]
    [InlineData("formula-titles.csv", 5)]
    public async Task Csv_output_has_a_header_and_one_row_per_item(string fixture, int items)
    {
        var rows = await CsvRowsAsync(Paths.Fixture(fixture));

        rows[0].ShouldBe(["rank", "id", "title", "score", .. CheckJson.Elements, "evidence", "questions", "findings"]);
        rows.Count.ShouldBe(items + 1);
        rows.Skip(1).Select(r => r[0]).ShouldBe(Enumerable.Range(1, items).Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("F-1", "=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("F-2", "+1+1 totals in the report")]
    [InlineData("F-3", "-2 days on the delivery estimate")]
    [InlineData("F-4", "@SUM(A1:A9) in the export")]
    public async Task A_title_that_starts_like_a_formula_is_neutralised_with_a_leading_apostrophe(string id, string title)
    {
        var rows = await CsvRowsAsync(Paths.Fixture("formula-titles.csv"));

        rows.Single(r => r[1] == id)[2].ShouldBe("'" + title);
    }

    [Fact]
    public async Task A_plain_title_is_written_unchanged()
    {
        var rows = await CsvRowsAsync(Paths.Fixture("formula-titles.csv"));

        rows.Single(r => r[1] == "F-5")[2].ShouldBe("Plain title for comparison");
    }

    [Theory]
    [InlineData("formula-titles.csv")]
    [InlineData("contract-backlog.csv")]
    [InlineData("sample")]
    public async Task No_cell_starts_with_a_formula_character(string input)
    {
        var rows = await CsvRowsAsync(Paths.Input(input));

        foreach (var cell in rows.SelectMany(r => r))
        {
            (cell.Length > 0 && FormulaStarts.Contains(cell[0])).ShouldBeFalse($"unescaped formula cell: {cell}");
        }
    }

    [Fact]
    public async Task Json_keeps_the_title_as_imported_because_only_csv_is_opened_by_spreadsheets()
    {
        using var doc = await CheckJson.RunAsync(Paths.Fixture("formula-titles.csv"));

        doc.Items().First().GetProperty("title").GetString().ShouldBe("=HYPERLINK(\"http://x\",\"y\")");
    }

    private static async Task<List<string[]>> CsvRowsAsync(string path)
    {
        var run = await CliRunner.RunAsync("check", path, "--output", "csv");
        run.ExitCode.ShouldBe(0, run.ToString());
        using var csv = new CsvParser(new StringReader(run.Out), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }
}
