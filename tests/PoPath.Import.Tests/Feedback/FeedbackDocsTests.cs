using System.Text.RegularExpressions;
using PoPath.Import.Feedback;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.Feedback;

/// <summary>The examples of docs/formats/feedback.md read as the page says.</summary>
public sealed class FeedbackDocsTests
{
    private static string Example(string language)
    {
        var page = File.ReadAllText(Path.Combine(SharedData.RepoRoot(), "docs", "formats", "feedback.md"));
        var match = Regex.Match(page, $"```{language}\\n(.*?)```", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"feedback.md has a ```{language} example");
        return match.Groups[1].Value;
    }

    [Fact]
    public void The_csv_example_reads_two_entries_without_diagnostics()
    {
        var file = FeedbackReader.Read("example.csv", Example("csv"));
        file.Diagnostics.ShouldBeEmpty();
        file.Entries.Select(e => (e.Id, e.Source, e.Segment)).ShouldBe([("T-1", "email", "Pro"), ("T-2", "app review", "Free")]);
        file.Entries[0].Text.ShouldBe("Export is broken\nsince Monday");
    }

    [Fact]
    public void The_json_example_reads_two_entries_without_diagnostics()
    {
        var file = FeedbackReader.Read("example.json", Example("json"));
        file.Diagnostics.ShouldBeEmpty();
        file.Entries.Select(e => e.Id).ShouldBe(["T-1", "2"]);
        file.Entries[1].Text.ShouldBe("Need dark mode");
        file.Entries[1].Source.ShouldBe("app review");
    }
}
