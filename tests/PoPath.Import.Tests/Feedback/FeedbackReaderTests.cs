using PoPath.Core.Import;
using PoPath.Import.Feedback;

namespace PoPath.Import.Tests.Feedback;

public sealed class FeedbackReaderTests
{
    [Fact]
    public void Reads_csv_with_aliased_columns_and_a_multi_line_text()
    {
        const string csv = "Ticket ID,Comment,Channel,Created At,Account,Plan\n" +
            "T-1,\"Export is broken\nsince Monday\",email,2026-03-01,Acme,Pro\n" +
            "T-2,Need dark mode,app review,2026-03-02T10:00:00Z,Globex,Free\n";
        var file = FeedbackReader.Read("fb.csv", csv);

        file.Diagnostics.ShouldBeEmpty();
        file.Entries.Count.ShouldBe(2);
        var first = file.Entries[0];
        first.Id.ShouldBe("T-1");
        first.Text.ShouldBe("Export is broken\nsince Monday");
        first.Source.ShouldBe("email");
        first.Customer.ShouldBe("Acme");
        first.Segment.ShouldBe("Pro");
        first.Date.ShouldBe(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        first.Location!.Line.ShouldBe(2);
        file.Entries[1].Location!.Line.ShouldBe(4);
    }

    [Fact]
    public void Reports_rows_without_text_duplicate_ids_and_bad_dates_by_line_and_keeps_the_rest()
    {
        const string csv = "id,text,date\n1,first,2026-01-01\n2,,2026-01-01\n1,again,2026-01-01\n3,third,yesterday\n";
        var file = FeedbackReader.Read("fb.csv", csv);

        file.Entries.Select(e => e.Id).ShouldBe(["1", "3"]);
        file.Entries[1].Date.ShouldBeNull();
        var messages = file.Diagnostics.Select(d => d.ToString()).ToList();
        messages.ShouldContain(m => m.StartsWith("fb.csv:3: error: no text", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("fb.csv:4: error: column \"id\": duplicate id \"1\"", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("fb.csv:5: warning: column \"date\": \"yesterday\" is not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_csv_without_a_text_column_naming_the_accepted_names()
    {
        var file = FeedbackReader.Read("fb.csv", "id,title\n1,x\n");
        file.Entries.ShouldBeEmpty();
        file.Diagnostics.Single().Message.ShouldContain("no text column");
        file.Diagnostics.Single().Message.ShouldContain("feedback");
    }

    [Fact]
    public void Reads_a_json_array_an_object_with_an_array_and_json_lines()
    {
        var array = FeedbackReader.Read("a.json", """[{"id": 7, "feedback": "slow search", "segment": "SMB"}, {"text": "no id here"}]""");
        array.Entries.Select(e => e.Id).ShouldBe(["7", "#2"]);
        array.Entries[0].Segment.ShouldBe("SMB");
        array.Entries[0].Location!.Path.ShouldBe("$[0]");

        var wrapped = FeedbackReader.Read("b.json", """{"feedback": [{"id": "a", "text": "one"}]}""");
        wrapped.Entries.Single().Location!.Path.ShouldBe("$.feedback[0]");

        var lines = FeedbackReader.Read("c.jsonl", "{\"id\":\"x\",\"text\":\"one\"}\n\n{\"id\":\"y\",\"comment\":\"two\"}\n");
        lines.Entries.Select(e => e.Text).ShouldBe(["one", "two"]);
        lines.Entries[1].Location!.Line.ShouldBe(3);
    }

    [Fact]
    public void Reports_json_errors_with_their_path()
    {
        var file = FeedbackReader.Read("a.json", """{"entries": [{"id": "1", "text": "ok"}, 5, {"id": "3"}]}""");
        file.Entries.Count.ShouldBe(1);
        file.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "a.json ($.entries[1]): error: expected an object, found number",
            "a.json ($.entries[2]): error: no text; the row is skipped",
        ]);

        FeedbackReader.Read("b.json", "[{\"text\": ").Diagnostics.Single().Message.ShouldStartWith("not valid JSON");
    }

    [Fact]
    public void Caps_text_length_and_the_number_of_entries()
    {
        var options = new FeedbackReadOptions { MaxTextLength = 5, MaxEntries = 2 };
        var longText = FeedbackReader.Read("fb.csv", "text\nshort\nmuch too long\n", options);
        longText.Entries.Count.ShouldBe(1);
        longText.Diagnostics.Single().Message.ShouldContain("more than the limit of 5");

        var many = FeedbackReader.Read("fb.csv", "text\na\nb\nc\n", options);
        many.Entries.ShouldBeEmpty();
        many.Diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Error);
        many.Diagnostics.Single().Message.ShouldContain("more than 2 entries");
    }

    [Fact]
    public async Task Refuses_a_file_over_the_size_limit_without_reading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"popath-fb-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "text\n" + new string('x', 200));
        try
        {
            var file = await FeedbackReader.ReadAsync(path, new FeedbackReadOptions { MaxFileBytes = 100 });
            file.Entries.ShouldBeEmpty();
            file.Diagnostics.Single().Message.ShouldContain("more than the limit of 100");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
