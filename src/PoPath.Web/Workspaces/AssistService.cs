using System.Text;
using PoPath.Core.Import;
using PoPath.Core.Insights;
using PoPath.Core.Insights.Acceptance;
using PoPath.Core.Insights.Briefs;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Import.Feedback;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>The evidence-first assistance of one workspace for the pages and the API: feedback sets, themes, the research summary, draft options, acceptance checks and stakeholder briefs.</summary>
/// <remarks>
/// Everything is computed by Core (<see cref="ThemeFinder"/>, <see cref="Summarizer"/>, <see cref="OptionDrafter"/>,
/// <see cref="AcceptanceChecker"/>, <see cref="BriefBuilder"/>) exactly as the CLI calls it; the costly results are kept in
/// <see cref="InsightsCache"/>, computed without the request's cancellation token because waiting requests share them. Nothing here writes to the backlog; the only write is a feedback import.
/// </remarks>
internal sealed class AssistService(StoreHolder holder, BoardQuery board, InsightsCache cache, ThemeWarmer warmer)
{
    public const int MaxK = 1000;
    public const int MaxSentences = 50;
    public const int MaxTop = 100;
    public const int MaxGoalLength = 500;
    public const int MaxRequesterLength = 200;

    /// <summary>What an upload did: the new feedback set, or nothing written and why.</summary>
    public sealed record Outcome(FeedbackSetInfo? Set, IReadOnlyList<ImportDiagnostic> Diagnostics, string? Error)
    {
        public bool Succeeded => Set is not null;
    }

    /// <summary>A stored feedback set with its entries looked up by id.</summary>
    public sealed record Feedback(FeedbackSetInfo Info, IReadOnlyList<FeedbackEntry> Entries, IReadOnlyDictionary<string, int> IndexById)
    {
        public FeedbackEntry? Entry(string id) => IndexById.TryGetValue(id, out var i) ? Entries[i] : null;
    }

    /// <summary>A snapshot with its items, the practical test of them (as the CLI runs it) and each item id's position for links.</summary>
    public sealed record Snapshot(SnapshotInfo Info, IReadOnlyList<BacklogItem> Items, CheckRun Run, IReadOnlyDictionary<string, int> OrdinalById)
    {
        public int? Ordinal(string itemId) => OrdinalById.TryGetValue(itemId, out var o) ? o : null;
    }

    /// <summary>Themes of one feedback set, linked to one snapshot's items when the workspace has a snapshot.</summary>
    public sealed record Themes(Feedback Feedback, Snapshot? Snapshot, ThemeSet Set, int? K, int Seed);

    public async Task<IReadOnlyList<FeedbackSetInfo>> SetsAsync(WorkspaceRef workspace, CancellationToken ct = default)
    {
        var store = await holder.GetAsync(ct);
        try
        {
            return [.. (await store.ListFeedbackSetsAsync(workspace.Name, ct)).OrderByDescending(s => s.Number)];
        }
        catch (StoreException)
        {
            return [];
        }
    }

    /// <summary>Reads an uploaded feedback file with the CLI's reader (same caps and messages) and stores it as the next set, whole or not at all.</summary>
    public async Task<Outcome> ImportAsync(WorkspaceRef workspace, Stream content, string fileName, long length, CancellationToken ct = default)
    {
        fileName = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "feedback.csv" : fileName);
        var limits = new FeedbackReadOptions();
        var cap = Math.Min(limits.MaxFileBytes, PoPathWebApp.MaxUploadBytes);
        if (length > cap)
        {
            return new Outcome(null, [], $"{fileName}: the file is {length:N0} bytes, more than the limit of {cap:N0}; nothing was written.");
        }

        string text;
        using (var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(ct);
        }

        var read = FeedbackReader.Read(fileName, text, limits);
        if (read.Entries.Count == 0)
        {
            return new Outcome(null, read.Diagnostics, $"{fileName}: no feedback entries could be read; nothing was written to workspace '{workspace.Name}'.");
        }

        var store = await holder.GetAsync(ct);
        try
        {
            var info = await store.ImportFeedbackAsync(workspace.Name, read.Name, read.Entries, read.Diagnostics.Count, ct);
            warmer.Warm(workspace); // the new set is the latest: its themes are ready by the time the owner opens them
            return new Outcome(info, read.Diagnostics, null);
        }
        catch (StoreException e)
        {
            return new Outcome(null, read.Diagnostics, e.Message);
        }
    }

    /// <summary>The feedback set <paramref name="number"/> (null: the latest), or null when the workspace has none of that number.</summary>
    public async Task<Feedback?> FeedbackAsync(WorkspaceRef workspace, int? number, CancellationToken ct = default)
    {
        var sets = await SetsAsync(workspace, ct);
        var info = number is { } n ? sets.FirstOrDefault(s => s.Number == n) : sets.Count > 0 ? sets[0] : null;
        if (info is null)
        {
            return null;
        }

        return await cache.GetAsync(("feedback", workspace.Id, info.Number, info.ImportedAt.UtcTicks), async () =>
        {
            var store = await holder.GetAsync(CancellationToken.None);
            var stored = await store.LoadFeedbackAsync(workspace.Name, info.Number, CancellationToken.None);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < stored.Entries.Count; i++)
            {
                index.TryAdd(stored.Entries[i].Id, i);
            }

            return (new Feedback(stored.Info, stored.Entries, index), (long)stored.Entries.Count);
        });
    }

    /// <summary>The snapshot <paramref name="number"/> (null: the latest) with the practical test of its items, or null when there is none.</summary>
    public async Task<Snapshot?> SnapshotAsync(WorkspaceRef workspace, int? number, CancellationToken ct = default)
    {
        var info = await board.SnapshotAsync(workspace, number, ct);
        if (info is null)
        {
            return null;
        }

        return await cache.GetAsync(("snapshot", workspace.Id, info.Number, info.ImportedAt.UtcTicks), async () =>
        {
            var store = await holder.GetAsync(CancellationToken.None);
            var stored = await store.LoadSnapshotAsync(workspace.Name, info.Number, CancellationToken.None);
            var run = await Task.Run(() => ReadinessEngine.Default.Run(stored.Items));
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < stored.Items.Count; i++)
            {
                ordinals.TryAdd(stored.Items[i].Id, i);
            }

            return (new Snapshot(stored.Info, stored.Items, run, ordinals), (long)stored.Items.Count);
        });
    }

    /// <summary>The themes of a feedback set, linked to the latest (or the given) snapshot; null when the set or the snapshot does not exist.</summary>
    public async Task<Themes?> ThemesAsync(WorkspaceRef workspace, int? set, int? snapshot, int? k, int seed, CancellationToken ct = default)
    {
        var feedback = await FeedbackAsync(workspace, set, ct);
        if (feedback is null)
        {
            return null;
        }

        var backlog = await SnapshotAsync(workspace, snapshot, ct);
        if (backlog is null && snapshot is not null)
        {
            return null;
        }

        var key = ("themes", workspace.Id, feedback.Info.Number, feedback.Info.ImportedAt.UtcTicks, backlog?.Info.Number, backlog?.Info.ImportedAt.UtcTicks, k, seed);
        var found = await cache.GetAsync(key, async () =>
        {
            var options = new ThemeOptions { K = k, Seed = seed };
            var result = await Task.Run(() => ThemeFinder.Find(feedback.Entries, options, backlog?.Items));
            return (result, (long)feedback.Entries.Count + (backlog?.Items.Count ?? 0));
        });
        return new Themes(feedback, backlog, found, k, seed);
    }

    /// <summary>The extractive summary over the given themes (the summary's own theme finding is skipped: it reuses them).</summary>
    public async Task<ResearchSummary> SummaryAsync(WorkspaceRef workspace, Themes themes, int sentences, CancellationToken ct = default)
    {
        var key = ("summary", workspace.Id, themes.Feedback.Info.Number, themes.Feedback.Info.ImportedAt.UtcTicks, themes.K, themes.Seed, sentences);
        return await cache.GetAsync(key, async () =>
        {
            var options = new SummaryOptions { Sentences = sentences, Themes = new ThemeOptions { K = themes.K, Seed = themes.Seed } };
            var summary = await Task.Run(() => Summarizer.Summarize(themes.Feedback.Entries, options, themes.Set));
            return (summary, (long)themes.Feedback.Entries.Count);
        });
    }

    /// <summary>The draft options for a theme number or a goal; an error message (nothing drafted) when neither fits.</summary>
    public static (IReadOnlyList<BacklogOption> Options, string? Error) Options(Themes themes, int? theme, string? goal)
    {
        try
        {
            return theme is { } n
                ? (OptionDrafter.ForTheme(themes.Set, themes.Feedback.Entries, n), null)
                : (OptionDrafter.ForGoal(themes.Set, themes.Feedback.Entries, goal ?? ""), null);
        }
        catch (ArgumentException e)
        {
            return ([], e.Message.Split(" (Parameter", 2)[0] + ".");
        }
    }

    public static IReadOnlyList<AcceptanceReport> Acceptance(Snapshot snapshot, int top) => new AcceptanceChecker().Check(snapshot.Run, top);

    /// <summary>The acceptance check of the item at <paramref name="ordinal"/>, or null when the snapshot has no such item.</summary>
    public static AcceptanceReport? AcceptanceOf(Snapshot snapshot, int ordinal)
    {
        if (ordinal < 0 || ordinal >= snapshot.Items.Count)
        {
            return null;
        }

        var item = snapshot.Items[ordinal];
        var readiness = snapshot.Run.Items.FirstOrDefault(r => ReferenceEquals(r.Item, item)) ?? snapshot.Run.Items.FirstOrDefault(r => r.Item.Id == item.Id);
        return readiness is null ? null : new AcceptanceChecker().Check(readiness);
    }

    public static StakeholderBrief Brief(Snapshot snapshot, string requester) => BriefBuilder.Build(snapshot.Run, requester.Trim());

    /// <summary>The brief's Markdown, exactly as <c>popath brief --workspace W</c> prints it.</summary>
    public static string BriefMarkdownOf(WorkspaceRef workspace, Snapshot snapshot, StakeholderBrief brief) =>
        BriefMarkdown.Write($"{workspace.Name} snapshot {snapshot.Info.Number}", brief);

    /// <summary>The snapshot's reporters (the requesters a brief can be made for), most items first.</summary>
    public static IReadOnlyList<(string Name, int Items)> Requesters(Snapshot snapshot) =>
        [.. snapshot.Items.Where(i => !string.IsNullOrWhiteSpace(i.Reporter))
            .GroupBy(i => i.Reporter!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Reporter!.Trim(), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.OrdinalIgnoreCase)];
}
