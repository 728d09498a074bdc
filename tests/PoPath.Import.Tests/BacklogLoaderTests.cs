using System.Text;
using PoPath.Core.Import;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests;

public sealed class BacklogLoaderTests
{
    [Fact]
    public async Task Detects_the_format_reads_the_file_and_ranks_items()
    {
        using var file = new TempFile(".csv", "Issue key,Summary,Sprint,Sprint\nPAY-1,Pay,S1,S2\nPAY-2,Refund,,\n");

        var backlog = await BacklogLoader.LoadAsync(file.Path);

        backlog.Failed.ShouldBeFalse();
        backlog.Format.ShouldBe("jira-csv");
        backlog.Source.ShouldBe(file.Path);
        backlog.Items.Select(i => (i.Id, i.Rank)).ShouldBe([("PAY-1", 1), ("PAY-2", 2)]);
    }

    [Fact]
    public async Task Warns_for_a_duplicate_id_naming_both_lines_and_skips_the_later_one()
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("Id,Title\nA,first\nB,b\nA,again\nC,c\n"), "dup.csv", "csv");

        backlog.Items.Select(i => (i.Id, i.Title, i.Rank)).ShouldBe([("A", "first", 1), ("B", "b", 2), ("C", "c", 3)]);
        var warning = backlog.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Location.Line.ShouldBe(4);
        warning.Message.ShouldBe("duplicate id 'A': first at line 2, again at line 4; the later item is skipped");
    }

    [Fact]
    public async Task Names_json_paths_for_duplicate_ids_in_json()
    {
        var json = "{\"popath\": \"backlog/1\", \"items\": [\n{\"id\": \"A\", \"title\": \"a\"},\n{\"id\": \"A\", \"title\": \"b\"}]}";

        var backlog = await BacklogLoader.LoadAsync(Read.Utf8(json), "b.json");

        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("first at line 2 ($.items[0]), again at line 3 ($.items[1])");
    }

    [Fact]
    public async Task Orders_json_items_by_their_rank_with_unranked_ones_after_in_array_order()
    {
        var json = """
            {"popath": "backlog/1", "items": [
              {"id": "U1", "title": "u1"}, {"id": "R3", "title": "r3", "rank": 3}, {"id": "U2", "title": "u2"},
              {"id": "R1", "title": "r1", "rank": 1}, {"id": "R3b", "title": "r3b", "rank": 3}]}
            """;

        var backlog = await BacklogLoader.LoadAsync(Read.Utf8(json), "b.json");

        backlog.Items.Select(i => (i.Id, i.Rank)).ShouldBe([("R1", 1), ("R3", 2), ("R3b", 3), ("U1", 4), ("U2", 5)]);
    }

    [Fact]
    public async Task Keeps_array_order_as_rank_when_json_gives_none()
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("""{"popath": "backlog/1", "items": [{"id": "B", "title": "b"}, {"id": "A", "title": "a"}]}"""), "b.json");

        backlog.Items.Select(i => (i.Id, i.Rank)).ShouldBe([("B", 1), ("A", 2)]);
    }

    [Fact]
    public async Task Fails_with_an_error_over_the_item_cap()
    {
        var options = new ImportOptions { MaxItems = 3 };

        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("a\nb\nc\nd\ne\n"), "s.txt", options);

        backlog.Failed.ShouldBeTrue();
        backlog.Items.ShouldBeEmpty();
        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("more than 3 items; expected at most 3 in one backlog");
    }

    [Fact]
    public async Task Lands_nothing_when_reading_ends_in_an_error()
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("Id,Title\nA,a\nB,\"open\n"), "q.csv");

        backlog.Failed.ShouldBeTrue();
        backlog.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reports_a_missing_file_without_throwing()
    {
        var backlog = await BacklogLoader.LoadAsync(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv"));

        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("file not found");
    }

    [Fact]
    public async Task Reports_a_directory_without_throwing()
    {
        var backlog = await BacklogLoader.LoadAsync(Path.GetTempPath());

        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("is a directory");
    }

    [Fact]
    public async Task Reports_an_unknown_format_id_listing_the_accepted_ones()
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("a\n"), "x", "yaml");

        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("unknown format 'yaml'; expected one of auto, popath-json, ado-json, jira-json, github-json, linear-csv, jira-csv, csv, text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public async Task Reports_an_empty_input(string text)
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8(text), "-");

        var error = backlog.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe("file is empty");
        error.ToString().ShouldBe("-: error: file is empty");
    }

    [Fact]
    public async Task Reports_a_binary_input()
    {
        using var file = new TempFile(".xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);

        var backlog = await BacklogLoader.LoadAsync(file.Path);

        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("binary file, expected text");
    }

    [Fact]
    public async Task Reports_json_of_an_unsupported_kind()
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("{\"issues\": []}"), "jira.json");

        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("popath-json");
    }

    [Fact]
    public async Task Reads_a_non_seekable_stream_such_as_stdin()
    {
        var text = "Summary;Story Points\n" + string.Concat(Enumerable.Range(1, 10_000).Select(i => $"Story {i};{i % 8}\n"));
        using var stdin = new NonSeekableStream(Encoding.UTF8.GetBytes(text));

        var backlog = await BacklogLoader.LoadAsync(stdin, "-");

        backlog.Format.ShouldBe("csv");
        backlog.Diagnostics.ShouldBeEmpty();
        backlog.Items.Count.ShouldBe(10_000);
        backlog.Items[^1].Id.ShouldBe("10000");
    }

    [Fact]
    public async Task Honours_an_explicit_format_over_detection()
    {
        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("Title,Id\nx,1\n"), "x.csv", "text");

        backlog.Format.ShouldBe("text");
        backlog.Items.Select(i => i.Title).ShouldBe(["Title,Id", "x,1"]);
    }

    [Fact]
    public async Task Reports_a_reader_that_throws_as_an_error_for_its_format()
    {
        var broken = new BacklogFormat("broken", "a reader with a bug", FormatFamily.Text, _ => true, _ => new ThrowingReader());
        var options = new ImportOptions { Formats = [broken] };

        var backlog = await BacklogLoader.LoadAsync(Read.Utf8("x\n"), "x.txt", options);

        backlog.Failed.ShouldBeTrue();
        backlog.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("the broken reader failed: InvalidOperationException: bug");
    }

    [Fact]
    public async Task Passes_cancellation_on()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => BacklogLoader.LoadAsync(Read.Utf8("Title\na\n"), "x.csv", "csv", cancelled.Token));
    }

    [Fact]
    public void Lists_the_accepted_format_ids() =>
        BacklogLoader.FormatIds.ShouldBe(["auto", "popath-json", "ado-json", "jira-json", "github-json", "linear-csv", "jira-csv", "csv", "text"]);

    private sealed class ThrowingReader : IBacklogReader
    {
        public string Format => "broken";

        public async IAsyncEnumerable<ReadResult> ReadAsync(Stream input, string sourceName, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return ReadResult.Of(new PoPath.Core.Model.BacklogItem { Id = "1", Title = "t" });
            throw new InvalidOperationException("bug");
        }
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
