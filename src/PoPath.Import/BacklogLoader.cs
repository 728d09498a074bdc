using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import;

/// <summary>Loads a whole backlog from a file or stream: picks the format, runs its reader, checks the item set, orders it.</summary>
/// <remarks>
/// Never throws for bad input: every problem is a diagnostic in the returned <see cref="Backlog"/>. When any is an
/// error the backlog is <see cref="Backlog.Failed"/> and holds no items: an import lands whole or not at all.
/// Ranks are 1..n: the reader's order, with items that carry an explicit rank (popath-json) sorted by it first.
/// </remarks>
public static class BacklogLoader
{
    /// <summary>The format value that asks for detection.</summary>
    public const string AutoFormat = "auto";

    /// <summary>The values <c>--format</c> accepts with the default options: <c>auto</c> and every format id.</summary>
    public static IReadOnlyList<string> FormatIds { get; } = FormatIdsOf(ImportOptions.Default);

    /// <summary>Loads the file at <paramref name="path"/>; <c>-</c> reads standard input.</summary>
    public static Task<Backlog> LoadAsync(string path, string format = AutoFormat, CancellationToken cancellationToken = default) =>
        LoadAsync(path, ImportOptions.Default, format, cancellationToken);

    /// <summary>Loads a backlog from <paramref name="input"/>, named <paramref name="sourceName"/> in diagnostics (<c>-</c> for stdin).</summary>
    /// <remarks>The stream is read to its end (or the first error) and not disposed.</remarks>
    public static Task<Backlog> LoadAsync(Stream input, string sourceName, string format = AutoFormat, CancellationToken cancellationToken = default) =>
        LoadAsync(input, sourceName, ImportOptions.Default, format, cancellationToken);

    /// <summary>Loads the file at <paramref name="path"/> with the given limits and formats; <c>-</c> reads standard input.</summary>
    public static async Task<Backlog> LoadAsync(string path, ImportOptions options, string format = AutoFormat, CancellationToken cancellationToken = default)
    {
        if (path == "-")
        {
            await using var stdin = Console.OpenStandardInput();
            return await LoadAsync(stdin, "-", options, format, cancellationToken).ConfigureAwait(false);
        }

        if (Directory.Exists(path))
        {
            return Fail(path, format, "is a directory; expected a backlog file");
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(path, format, "file not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(path, format, $"cannot open the file: {ex.Message}");
        }

        await using (file.ConfigureAwait(false))
        {
            return await LoadAsync(file, path, options, format, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads a backlog from <paramref name="input"/> with the given limits and formats.</summary>
    public static async Task<Backlog> LoadAsync(Stream input, string sourceName, ImportOptions options, string format = AutoFormat, CancellationToken cancellationToken = default)
    {
        var detector = new FormatDetector(options.Formats);
        var head = new byte[DecodingTextReader.BlockSize];
        var length = 0;
        var whole = false;
        try
        {
            while (length < head.Length && !whole)
            {
                var got = await input.ReadAsync(head.AsMemory(length), cancellationToken).ConfigureAwait(false);
                (length, whole) = (length + got, got == 0);
            }
        }
        catch (IOException ex)
        {
            return Fail(sourceName, format, $"cannot read the input: {ex.Message}");
        }

        if (TextInput.Check(head.AsSpan(0, length), whole, sourceName) is { } unusable)
        {
            return new Backlog(sourceName, format, [], [unusable]);
        }

        BacklogFormat? chosen;
        if (string.Equals(format, AutoFormat, StringComparison.OrdinalIgnoreCase))
        {
            var detection = detector.Detect(sourceName, head.AsSpan(0, length));
            if (detection.Format is null)
            {
                return Fail(sourceName, format, detection.Problem!);
            }

            chosen = detection.Format;
        }
        else
        {
            chosen = options.Formats.FirstOrDefault(f => string.Equals(f.Id, format, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return Fail(sourceName, format, $"unknown format '{format}'; expected one of {string.Join(", ", FormatIdsOf(options))}");
            }
        }

        var reader = chosen.CreateReader(options);
        var stream = new ReplayStream(head.AsMemory(0, length), input);
        return await CollectAsync(reader, stream, sourceName, options.MaxItems, cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<string> FormatIdsOf(ImportOptions options) => [AutoFormat, .. options.Formats.Select(f => f.Id)];

    private static async Task<Backlog> CollectAsync(IBacklogReader reader, Stream stream, string sourceName, int maxItems, CancellationToken cancellationToken)
    {
        var items = new List<BacklogItem>();
        var diagnostics = new List<ImportDiagnostic>();
        var seen = new Dictionary<string, SourceLocation?>(StringComparer.Ordinal);
        try
        {
            await foreach (var result in reader.ReadAsync(stream, sourceName, cancellationToken).ConfigureAwait(false))
            {
                if (result.Diagnostic is { } d)
                {
                    diagnostics.Add(d);
                    if (d.Severity == DiagnosticSeverity.Error)
                    {
                        break;
                    }
                }

                if (result.Item is not { } item)
                {
                    continue;
                }

                if (!seen.TryAdd(item.Id, item.Source))
                {
                    diagnostics.Add(ImportDiagnostic.Warning(
                        item.Source ?? new SourceLocation(sourceName),
                        $"duplicate id '{item.Id}': first at {Where(seen[item.Id])}, again at {Where(item.Source)}; the later item is skipped"));
                    continue;
                }

                if (items.Count == maxItems)
                {
                    diagnostics.Add(ImportDiagnostic.Error(
                        item.Source ?? new SourceLocation(sourceName),
                        $"more than {maxItems:N0} items; expected at most {maxItems:N0} in one backlog"));
                    break;
                }

                items.Add(item);
            }
        }
        catch (IOException ex)
        {
            diagnostics.Add(ImportDiagnostic.Error(new SourceLocation(sourceName), $"cannot read the input: {ex.Message}"));
        }
#pragma warning disable CA1031 // A reader that throws is a bug in that reader: report it for that format, never crash the caller.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            diagnostics.Add(ImportDiagnostic.Error(new SourceLocation(sourceName), $"the {reader.Format} reader failed: {ex.GetType().Name}: {ex.Message}"));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new Backlog(sourceName, reader.Format, [], diagnostics);
        }

        // Stable: items without an explicit rank (0) keep reader order after the ranked ones.
        var ordered = items
            .OrderBy(i => i.Rank > 0 ? i.Rank : int.MaxValue)
            .Select((item, index) => item with { Rank = index + 1 })
            .ToList();
        return new Backlog(sourceName, reader.Format, ordered, diagnostics);
    }

    private static string Where(SourceLocation? at) => at switch
    {
        null => "an unknown place",
        { Line: { } line, Path: { } path } => $"line {line} ({path})",
        { Line: { } line } => $"line {line}",
        { Path: { } path } => path,
        _ => at.File,
    };

    private static Backlog Fail(string source, string format, string message) =>
        new(source, format, [], [ImportDiagnostic.Error(new SourceLocation(source), message)]);
}
