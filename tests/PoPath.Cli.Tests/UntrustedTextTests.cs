using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary>Imported text is untrusted (DESIGN §8): escaped in Markdown, shown literally in the terminal, never interpreted as markup.</summary>
public sealed class UntrustedTextTests
{
    private static readonly string Fixture = Paths.Fixture("untrusted-markup.csv");

    [Fact]
    public async Task Markdown_entity_encodes_html_and_escapes_pipes_and_emphasis_in_a_title()
    {
        var run = await CliRunner.RunAsync("check", Fixture, "--output", "markdown");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain(@"### 1. M-1 — &lt;script&gt;alert(1)&lt;/script&gt; \| pipes \| \*\*bold\*\* (score ");
        run.Out.ShouldNotContain("<script>");
        run.Out.ShouldNotContain("**bold**");
    }

    [Fact]
    public async Task Markdown_escapes_square_brackets_so_markup_like_text_is_no_link()
    {
        var run = await CliRunner.RunAsync("check", Fixture, "--output", "markdown");

        run.Out.ShouldContain(@"### 2. M-2 — \[red\]x\[/\] is a Spectre markup tag (score ");
    }

    [Fact]
    public async Task Markdown_item_tables_keep_one_row_per_element_whatever_the_title_holds()
    {
        var run = await CliRunner.RunAsync("check", Fixture, "--output", "markdown");

        // A pipe that escaped would add cells: every table row has exactly the columns of its header.
        foreach (var row in run.Out.Split('\n').Where(l => l.StartsWith('|')))
        {
            var cells = row.Replace(@"\|", "", StringComparison.Ordinal).Count(c => c == '|') - 1;
            cells.ShouldBeOneOf([3, 5], row);
        }
    }

    [Fact]
    public async Task The_table_shows_html_and_spectre_markup_in_titles_as_plain_text()
    {
        var run = await CliRunner.RunAsync("check", Fixture);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("M-1  <script>alert(1)</script> | pipes | **bold**");
        run.Out.ShouldContain("M-2  [red]x[/] is a Spectre markup tag");
        run.Out.ShouldContain("M-3  Unbalanced [markup in a title");
        run.Out.ShouldContain("2. M-2 — [red]x[/] is a Spectre markup tag (score ");
    }

    [Fact]
    public async Task A_colour_terminal_shows_markup_in_titles_literally_and_colours_only_the_verdicts()
    {
        var run = await CliRunner.RunAsync(["check", Fixture], stdin: null, terminal: true);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain('\u001b', customMessage: "a colour terminal gets ANSI colours");
        run.Out.ShouldContain("M-2  [red]x[/] is a Spectre markup tag");
        run.Out.ShouldContain("M-3  Unbalanced [markup in a title");
    }

    [Fact]
    public async Task Markup_in_a_file_name_is_shown_literally_in_the_table_heading()
    {
        using var temp = new TempFolder();
        var file = temp.Write("[red]backlog[bold].csv", "id,title\nB-1,Export the monthly report\n");

        var run = await CliRunner.RunAsync("check", file);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldStartWith("── The practical test — [red]backlog[bold].csv ");
    }
}
