using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Import.History;
using PoPath.Import.Tests.Support;

namespace PoPath.Import.Tests.History;

public sealed class HistoryStreamTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "History", "Fixtures", name);

    [Fact]
    public async Task Streaming_gives_the_same_items_sprints_and_events_as_loading()
    {
        var loaded = await HistoryLoader.LoadAsync(Fixture("jira-search.json"));
        var records = new List<HistoryRecord>();
        await foreach (var r in HistoryLoader.StreamAsync(Fixture("jira-search.json")))
        {
            records.Add(r);
        }

        records.Select(r => r.Item?.Id).OfType<string>().Order(StringComparer.Ordinal).ShouldBe(loaded.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        records.Count(r => r.Sprint is not null).ShouldBe(loaded.Sprints.Count);
        records.Select(r => r.Event).OfType<ItemEvent>().OrderBy(e => e.At).ShouldBe(loaded.Events);
    }

    [Fact]
    public async Task Streaming_ends_with_the_error_of_a_truncated_file()
    {
        using var file = new TempFile(".json", "{\"issues\": [{\"key\": \"A-1\", \"fields\": {\"summary\": \"x\"}}, {\"key\"");
        var records = new List<HistoryRecord>();
        await foreach (var r in HistoryLoader.StreamAsync(file.Path))
        {
            records.Add(r);
        }

        records[^1].Diagnostic!.Severity.ShouldBe(DiagnosticSeverity.Error);
        records.ShouldContain(r => r.Item != null); // what came before the error: the consumer discards it
    }
}
