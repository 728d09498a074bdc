using System.Text.RegularExpressions;
using PoPath.Core.Model;
using PoPath.Import.Csv;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests;

/// <summary>Runs the examples of docs/formats/*.md, so the pages and the readers cannot drift apart.</summary>
public sealed partial class FormatDocsTests
{
    private static string Page(string name) => File.ReadAllText(Path.Combine(SharedData.RepoRoot(), "docs", "formats", name));

    private static string Example(string page, string language)
    {
        var match = Regex.Match(Page(page), $"```{language}\\n(.*?)```", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"{page} has a ```{language} example");
        return match.Groups[1].Value;
    }

    private static Task<PoPath.Core.Import.Backlog> Load(string text, string name) => BacklogLoader.LoadAsync(Read.Utf8(text), name);

    [Fact]
    public async Task The_csv_page_example_reads_without_diagnostics()
    {
        var backlog = await Load(Example("csv.md", "csv"), "example.csv");

        backlog.Format.ShouldBe("csv");
        backlog.Diagnostics.ShouldBeEmpty();
        backlog.Items.Select(i => i.Id).ShouldBe(["PAY-12", "PAY-14"]);
        backlog.Items[0].Links.ShouldBe([new ItemLink("blocks", "PAY-14"), new ItemLink("relates to", "PAY-3")]);
        backlog.Items[0].Labels.ShouldBe(["checkout", "mobile"]);
    }

    [Fact]
    public async Task The_jira_csv_page_example_reads_with_only_the_ignored_issue_id_column_reported()
    {
        var backlog = await Load(Example("jira-csv.md", "csv"), "export.csv");

        backlog.Format.ShouldBe("jira-csv");
        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldEndWith("ignored: Issue id");
        var pay12 = backlog.Items[0];
        pay12.Sprints.ShouldBe(["Sprint 11", "Sprint 12"]);
        pay12.DueDate.ShouldBe(new DateOnly(2027, 3, 31));
        pay12.Links.ShouldBe([new ItemLink("blocks", "PAY-14")]);
        backlog.Items[1].Links.ShouldBe([new ItemLink("is blocked by", "PAY-12")]);
    }

    [Fact]
    public async Task The_text_page_example_reads_with_line_ids()
    {
        var backlog = await Load(Example("text.md", "text"), "stories.txt");

        backlog.Format.ShouldBe("text");
        backlog.Items.Select(i => i.Id).ShouldBe(["L1", "L3"]);
    }

    [Fact]
    public async Task The_popath_json_page_example_reads_without_diagnostics()
    {
        var backlog = await Load(Example("popath-json.md", "json"), "backlog.json");

        backlog.Format.ShouldBe("popath-json");
        backlog.Diagnostics.ShouldBeEmpty();
        backlog.Items.Select(i => (i.Id, i.Rank)).ShouldBe([("PAY-12", 1), ("PAY-14", 2)]);
        backlog.Items[0].Wsjf.ShouldBe(new WsjfInputs(8, 5, 3, 3));
    }

    [Fact]
    public void Every_column_name_on_the_csv_page_is_accepted_and_names_in_one_row_mean_one_field()
    {
        var table = Page("csv.md").Split('\n').SkipWhile(l => !l.StartsWith("| field |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'));
        var rows = 0;
        foreach (var row in table)
        {
            var cells = row.Split(" | ");
            var names = BacktickName().Matches(cells[1]).Select(m => m.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal)).ToList();
            names.ShouldNotBeEmpty(row);
            var columns = names.Select(n => CsvColumnAliases.TryResolve(n, out var c) ? c : (CsvColumn?)null).ToList();
            columns.ShouldAllBe(c => c != null, row);
            columns.Distinct().Count().ShouldBe(1, row);
            rows++;
        }

        rows.ShouldBe(22);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickName();
}
