using PoPath.Core.Insights;
using PoPath.Core.Model;
using PoPath.Core.Storage;
using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests;

/// <summary>The feedback part of the storage contract (schema version 4).</summary>
public abstract partial class StoreContract
{
    private static List<FeedbackEntry> Feedback(params string[] ids) =>
        [.. ids.Select((id, i) => new FeedbackEntry { Id = id, Text = $"comment {i} ✓ 'quoted' ; DROP TABLE feedback_sets; --" })];

    [StoreFact]
    public async Task Feedback_imports_as_numbered_sets_and_reads_back_every_field()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        var full = new FeedbackEntry
        {
            Id = "T-1",
            Text = "Export is broken\nsince Monday — ünïcode",
            Source = "email",
            Date = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2)),
            Customer = "Acme",
            Segment = "Pro",
            Location = new SourceLocation("fb.csv", 2),
        };

        (await store.ImportFeedbackAsync(ws, "fb.csv", [full, .. Feedback("T-2")], warnings: 1)).Number.ShouldBe(1);
        (await store.ImportFeedbackAsync(ws, "fb2.json", Feedback("a", "b", "c"))).Number.ShouldBe(2);

        var sets = await store.ListFeedbackSetsAsync(ws);
        sets.Select(s => (s.Number, s.Source, s.EntryCount)).ShouldBe([(1, "fb.csv", 2), (2, "fb2.json", 3)]);
        sets[0].WarningCount.ShouldBe(1);
        var first = await store.LoadFeedbackAsync(ws, 1);
        first.Entries[0].ShouldBe(full);
        first.Entries[1].Text.ShouldBe(Feedback("T-2")[0].Text);
        (await store.LoadFeedbackAsync(ws)).Entries.Select(e => e.Id).ShouldBe(["a", "b", "c"]);
    }

    [StoreFact]
    public async Task Feedback_with_duplicate_ids_or_no_entries_writes_nothing()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        await store.ImportFeedbackAsync(ws, "one.csv", Feedback("x"));

        (await Should.ThrowAsync<StoreException>(() => store.ImportFeedbackAsync(ws, "dup.csv", Feedback("a", "a")))).Message.ShouldContain("\"a\" appears 2 times");
        (await Should.ThrowAsync<StoreException>(() => store.ImportFeedbackAsync(ws, "none.csv", []))).Error.ShouldBe(StoreError.FailedImport);
        (await store.ListFeedbackSetsAsync(ws)).Count.ShouldBe(1);
    }

    [StoreFact]
    public async Task Feedback_import_that_fails_midway_rolls_back_whole()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        await store.ImportFeedbackAsync(ws, "one.csv", Feedback("x"));
        var broken = Feedback("a", "b", "c");
        broken[2] = broken[2] with { Text = null! }; // NOT NULL violated on the third row, after two rows were written

        await Should.ThrowAsync<StoreException>(() => store.ImportFeedbackAsync(ws, "broken.csv", broken));

        (await store.ListFeedbackSetsAsync(ws)).Select(s => s.Number).ShouldBe([1]);
        (await store.LoadFeedbackAsync(ws)).Entries.Select(e => e.Id).ShouldBe(["x"]);
        (await store.ImportFeedbackAsync(ws, "two.csv", Feedback("y"))).Number.ShouldBe(2);
    }

    [StoreFact]
    public async Task Feedback_of_an_unknown_workspace_or_set_is_a_store_error()
    {
        await using var store = await OpenAsync();
        var ws = NewWorkspace();
        (await Should.ThrowAsync<StoreException>(() => store.LoadFeedbackAsync(ws))).Error.ShouldBe(StoreError.UnknownWorkspace);
        await store.ImportFeedbackAsync(ws, "one.csv", Feedback("x"));
        (await Should.ThrowAsync<StoreException>(() => store.LoadFeedbackAsync(ws, 5))).Message.ShouldContain("no feedback set 5");
    }
}
