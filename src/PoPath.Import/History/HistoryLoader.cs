using System.Runtime.CompilerServices;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.History;

/// <summary>Loads a backlog with its history from a file or a folder of files: items, sprints, item events, diagnostics.</summary>
/// <remarks>
/// Never throws for bad input: every problem is a diagnostic. When any is an error the result is
/// <see cref="BacklogHistory.Failed"/> and holds nothing else — an import lands whole or not at all. A folder is read
/// as one import: its files in name order, field lists and sprints first and changelog files last, each format's
/// files through one reader so that later files resolve what earlier ones defined. Items are ranked by their
/// source's order key (LexoRank, StackRank), then in input order; events are ordered by time (stable).
/// </remarks>
public static class HistoryLoader
{
    /// <summary>The format value that asks for detection.</summary>
    public const string AutoFormat = "auto";

    /// <summary>The format ids <see cref="LoadAsync(string, string, CancellationToken)"/> accepts, with <c>auto</c>.</summary>
    public static IReadOnlyList<string> FormatIds { get; } = [AutoFormat, .. HistoryFormats.All.Select(f => f.Id).Distinct()];

    /// <summary>Loads the file or folder at <paramref name="path"/>.</summary>
    public static Task<BacklogHistory> LoadAsync(string path, string format = AutoFormat, CancellationToken cancellationToken = default) =>
        LoadAsync(path, ImportOptions.Default, format, cancellationToken);

    /// <summary>Loads the file or folder at <paramref name="path"/> with the given limits.</summary>
    public static Task<BacklogHistory> LoadAsync(string path, ImportOptions options, string format = AutoFormat, CancellationToken cancellationToken = default) =>
        LoadAsync(path, options, eventSink: null, format, cancellationToken);

    /// <summary>
    /// Loads the file or folder at <paramref name="path"/>, handing each event to <paramref name="eventSink"/> as it is read
    /// instead of keeping it: the result has the ranked items, the sprints and the diagnostics, and no events. For
    /// consumers that write events as they come (a storage transaction), so memory stays flat in the number of events.
    /// When the result has <see cref="BacklogHistory.Failed"/>, the consumer must discard the events it received.
    /// </summary>
    public static async Task<BacklogHistory> LoadAsync(string path, ImportOptions options, Func<ItemEvent, ValueTask>? eventSink, string format = AutoFormat, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".csv")
                .OrderBy(FileOrder).ThenBy(f => f, StringComparer.Ordinal)];
            if (files.Count == 0)
            {
                return Fail(path, format, "the folder holds no .json or .csv files");
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            return Fail(path, format, "file or folder not found");
        }

        var collector = new HistoryCollector(path, eventSink);
        var readers = new Dictionary<string, IHistoryReader>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Fail(path, format, $"cannot open {file}: {ex.Message}");
            }

            await using (stream.ConfigureAwait(false))
            {
                var chosen = await ChooseAsync(stream, file, format, options, files.Count > 1, collector, cancellationToken).ConfigureAwait(false);
                if (chosen is null)
                {
                    if (collector.Failed)
                    {
                        break;
                    }

                    continue;
                }

                if (!readers.TryGetValue(chosen.Id, out var reader))
                {
                    readers[chosen.Id] = reader = chosen.CreateReader(options);
                }

                if (!await collector.ReadAsync(reader, stream, file, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }
        }

        return await collector.FinishAsync(readers.Values, readers.Keys.FirstOrDefault() ?? format).ConfigureAwait(false);
    }

    /// <summary>Loads one stream (e.g. standard input) in the given format, or detected when <c>auto</c>.</summary>
    public static async Task<BacklogHistory> LoadAsync(Stream input, string sourceName, string format = AutoFormat, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        var seekable = input.CanSeek ? input : await CopyAsync(input, cancellationToken).ConfigureAwait(false);
        var collector = new HistoryCollector(sourceName);
        var chosen = await ChooseAsync(seekable, sourceName, format, options, false, collector, cancellationToken).ConfigureAwait(false);
        if (chosen is null)
        {
            return await collector.FinishAsync([], format).ConfigureAwait(false);
        }

        var reader = chosen.CreateReader(options);
        await collector.ReadAsync(reader, seekable, sourceName, cancellationToken).ConfigureAwait(false);
        return await collector.FinishAsync([reader], chosen.Id).ConfigureAwait(false);
    }

    /// <summary>Streams the records of the file or folder at <paramref name="path"/> as the readers yield them, holding nothing.</summary>
    /// <remarks>
    /// For consumers that write as they read (a storage transaction) and so keep memory flat in the input's size.
    /// Items come with <see cref="BacklogItem.Rank"/> 0 (the source order is known only at the end) and events in input
    /// order; an error record is the last one, and the consumer must then discard everything it received — the
    /// all-or-nothing rule is the consumer's here. <see cref="LoadAsync(string, string, CancellationToken)"/> gives the
    /// ranked, time-ordered, whole result instead.
    /// </remarks>
    public static async IAsyncEnumerable<HistoryRecord> StreamAsync(string path, string format = AutoFormat, ImportOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        string[] files = Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".csv")
                .OrderBy(FileOrder).ThenBy(f => f, StringComparer.Ordinal)]
            : File.Exists(path) ? [path] : [];
        if (files.Length == 0)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Error(new SourceLocation(path), "file or folder not found, or a folder without .json or .csv files"));
            yield break;
        }

        var readers = new Dictionary<string, IHistoryReader>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var choice = new HistoryCollector(file);
                var chosen = await ChooseAsync(stream, file, format, options, files.Length > 1, choice, cancellationToken).ConfigureAwait(false);
                var notes = (await choice.FinishAsync([], format).ConfigureAwait(false)).Diagnostics;
                foreach (var d in notes)
                {
                    yield return HistoryRecord.Of(d);
                }

                if (chosen is null)
                {
                    if (notes.Any(d => d.Severity == DiagnosticSeverity.Error))
                    {
                        yield break;
                    }

                    continue;
                }

                if (!readers.TryGetValue(chosen.Id, out var reader))
                {
                    readers[chosen.Id] = reader = chosen.CreateReader(options);
                }

                await foreach (var r in reader.ReadAsync(stream, file, cancellationToken).ConfigureAwait(false))
                {
                    yield return r;
                    if (r.Diagnostic?.Severity == DiagnosticSeverity.Error)
                    {
                        yield break;
                    }
                }
            }
        }

        foreach (var r in readers.Values.OfType<IHistoryFinisher>().SelectMany(f => f.Finish(path)))
        {
            yield return r;
        }
    }

    private static async Task<Stream> CopyAsync(Stream input, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        await input.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        copy.Position = 0;
        return copy;
    }

    private static async Task<HistoryFormat?> ChooseAsync(Stream stream, string file, string format, ImportOptions options, bool inFolder, HistoryCollector collector, CancellationToken cancellationToken)
    {
        if (!string.Equals(format, AutoFormat, StringComparison.OrdinalIgnoreCase))
        {
            var named = HistoryFormats.All.FirstOrDefault(f => string.Equals(f.Id, format, StringComparison.OrdinalIgnoreCase));
            if (named is null)
            {
                collector.Add(ImportDiagnostic.Error(new SourceLocation(file), $"unknown history format '{format}'; expected one of {string.Join(", ", FormatIds)}"));
            }

            return named;
        }

        var head = new byte[DecodingTextReader.BlockSize];
        var length = await stream.ReadAtLeastAsync(head, head.Length, false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        var sniff = new FormatSniff(file, head.AsSpan(0, length));
        var family = sniff.LooksLikeJson ? FormatFamily.Json : FormatFamily.Delimited;
        var match = HistoryFormats.All.FirstOrDefault(f => f.Family == family && f.Recognises(sniff));
        if (match is null)
        {
            var message = $"not a history file PoPath reads; history formats: {string.Join(", ", FormatIds.Skip(1))}";
            collector.Add(inFolder ? ImportDiagnostic.Warning(new SourceLocation(file), message + "; file skipped") : ImportDiagnostic.Error(new SourceLocation(file), message));
        }

        _ = options;
        return match;
    }

    private static int FileOrder(string file)
    {
        var name = Path.GetFileName(file).ToLowerInvariant();
        return name.Contains("field", StringComparison.Ordinal) ? 0
            : name.Contains("sprint", StringComparison.Ordinal) && !name.Contains("issues", StringComparison.Ordinal) ? 1
            : name.Contains("iteration", StringComparison.Ordinal) && !name.Contains("workitems", StringComparison.Ordinal) ? 1
            : name.Contains("changelog", StringComparison.Ordinal) || name.Contains("updates", StringComparison.Ordinal) || name.Contains("revisions", StringComparison.Ordinal) || name.Contains("timeline", StringComparison.Ordinal) ? 3
            : 2;
    }

    private static BacklogHistory Fail(string source, string format, string message) =>
        new(source, format, [], [], [], [ImportDiagnostic.Error(new SourceLocation(source), message)]);
}
