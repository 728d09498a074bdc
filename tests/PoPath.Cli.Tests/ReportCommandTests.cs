using System.Xml.Linq;
using PoPath.Cli.Tests.Support;

namespace PoPath.Cli.Tests;

/// <summary><c>popath report</c>: one self-contained HTML file with imported text escaped, and the charts as SVG files.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string History = Paths.Fixture("signals-history.json");
    private readonly string _dir = Directory.CreateTempSubdirectory("popath-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Report_is_one_self_contained_html_file_with_every_section()
    {
        var file = Path.Combine(_dir, "report.html");
        var run = await CliRunner.RunAsync("report", History, "--po", "Pat PO", "--out", file);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("6 signals over 2 periods, 1 findings");
        var html = await File.ReadAllTextAsync(file);
        html.ShouldStartWith("<!DOCTYPE html>");
        foreach (var section in new[] { "<h2>Practical test</h2>", "<h2>Gap profile</h2>", "<h2>Weakest top items</h2>", "<h2>Signals over time</h2>", "<h2>Organisational findings</h2>" })
        {
            html.ShouldContain(section);
        }

        html.ShouldContain("<h3>decision-room</h3>");
        html.ShouldContain("@media print");
        html.Split("<svg ").Length.ShouldBe(7, "one inline chart per signal");
        html.ShouldContain("stroke-dasharray", customMessage: "thresholds are drawn");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.ShouldNotContain("url(", Case.Insensitive);
        html.ShouldNotContain("href=\"http", Case.Insensitive);
    }

    [Fact]
    public async Task Imported_text_is_html_escaped()
    {
        var file = Path.Combine(_dir, "escaped.html");
        (await CliRunner.RunAsync("report", History, "--out", file)).ExitCode.ShouldBe(0);
        var html = await File.ReadAllTextAsync(file);

        // ACME-2's title is "<script>alert('x')</script> Export the ward report".
        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Export the ward report");
    }

    [Fact]
    public async Task Charts_are_written_as_well_formed_svg_files()
    {
        var file = Path.Combine(_dir, "with-charts.html");
        var charts = Path.Combine(_dir, "charts");
        (await CliRunner.RunAsync("report", History, "--out", file, "--charts", charts)).ExitCode.ShouldBe(0);

        Directory.GetFiles(charts, "*.svg").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["decision_quality.svg", "order_overrides.svg", "outcome_talk.svg", "random_demand.svg", "review_learning.svg", "wait_transparency.svg"]);
        var svg = XDocument.Load(Path.Combine(charts, "random_demand.svg"));
        svg.Root!.Name.LocalName.ShouldBe("svg");
        svg.Descendants().Count(e => e.Name.LocalName == "circle").ShouldBe(2);
    }

    [Fact]
    public async Task An_unwritable_target_is_an_input_error_and_leaves_nothing()
    {
        var file = Path.Combine(_dir, "no-such-folder", "report.html");
        var run = await CliRunner.RunAsync("report", History, "--out", file);
        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("popath: cannot write");
        Directory.GetFiles(_dir, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_without_out_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("report", History);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--out");
    }
}
