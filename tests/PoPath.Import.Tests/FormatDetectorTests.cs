using System.Text;

namespace PoPath.Import.Tests;

public sealed class FormatDetectorTests
{
    private static readonly FormatDetector Detector = new(BacklogFormats.All);

    private static FormatDetection Detect(string? name, string content) => Detector.Detect(name, Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("b.json", "{\"popath\": \"backlog/1\", \"items\": []}", "popath-json")]
    [InlineData(null, "  \n{ \"items\": [], \"popath\": \"backlog/1\" }", "popath-json")]
    [InlineData("export.csv", "Issue key,Summary,Status\nA-1,x,Done\n", "jira-csv")]
    [InlineData("export.csv", "Summary,Issue key,Issue id,Custom field (Story Points)\n", "jira-csv")]
    [InlineData("export.csv", "Title,Custom field (Rank)\n", "jira-csv")]
    [InlineData("backlog.csv", "id,title,description\n", "csv")]
    [InlineData("backlog.tsv", "Key\tName\n", "csv")]
    [InlineData("backlog.csv", "Titel;Summary;Punkte\n", "csv")]
    [InlineData(null, "issuekey,title,description,storypoint\n", "csv")]
    [InlineData("backlog.csv", "foo;bar\n1;2\n", "csv")]
    [InlineData("stories.txt", "As a user, I want to log in, so that I see my orders\n", "text")]
    [InlineData(null, "As a user, I want to log in\n", "text")]
    [InlineData("-", "As a user, I want to log in\n", "text")]
    [InlineData("notes.md", "Some story\n", "text")]
    public void Picks_the_format_from_extension_and_first_bytes(string? name, string content, string expected)
    {
        var detection = Detect(name, content);

        detection.Problem.ShouldBeNull();
        detection.Format!.Id.ShouldBe(expected);
    }

    [Theory]
    [InlineData("issues.json", "{\"issues\": [{\"key\": \"A-1\"}]}")]
    [InlineData(null, "[{\"number\": 1, \"title\": \"x\"}]")]
    [InlineData("broken.json", "not json at all")]
    public void Reports_json_of_an_unsupported_kind_listing_the_json_formats_supported_today(string? name, string content)
    {
        var detection = Detect(name, content);

        detection.Format.ShouldBeNull();
        detection.Problem!.ShouldContain("JSON formats supported today: popath-json");
    }

    [Fact]
    public void Reports_an_unknown_extension_it_cannot_recognise()
    {
        var detection = Detect("data.bin", "just some words\n");

        detection.Problem!.ShouldContain("--format");
        detection.Problem!.ShouldContain("jira-csv");
    }

    [Fact]
    public void Asks_formats_in_catalogue_order_so_a_new_format_can_go_before_a_general_one()
    {
        var linear = new BacklogFormat("linear-csv", "Linear CSV", FormatFamily.Delimited, s => s.HasHeader("Team"), _ => throw new NotSupportedException());
        var detector = new FormatDetector([BacklogFormats.PoPathJson, BacklogFormats.JiraCsv, linear, BacklogFormats.Csv, BacklogFormats.Text]);

        detector.Detect("x.csv", Encoding.UTF8.GetBytes("ID,Title,Team\n")).Format!.Id.ShouldBe("linear-csv");
        detector.Detect("x.csv", Encoding.UTF8.GetBytes("ID,Title\n")).Format!.Id.ShouldBe("csv");
    }
}
