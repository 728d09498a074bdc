using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Import.History;

/// <summary>Gathers what the readers of one import yield and freezes it into a <see cref="BacklogHistory"/>.</summary>
/// <param name="eventSink">When given, events go there as they are read and are not kept (memory flat in the number of
/// events); the frozen history then has none, and <see cref="EventCount"/> tells how many went to the sink.</param>
internal sealed class HistoryCollector(string source, Func<ItemEvent, ValueTask>? eventSink = null)
{
    private long _sunk;

    private readonly List<BacklogItem> _items = [];
    private readonly Dictionary<string, Sprint> _sprints = new(StringComparer.Ordinal);
    private readonly List<ItemEvent> _events = [];
    private readonly List<ImportDiagnostic> _diagnostics = [];

    public bool Failed { get; private set; }

    public long EventCount => _events.Count + _sunk;

    public void Add(ImportDiagnostic d)
    {
        _diagnostics.Add(d);
        Failed |= d.Severity == DiagnosticSeverity.Error;
    }

    /// <summary>Reads one input; false when it ended in an error.</summary>
    public async Task<bool> ReadAsync(IHistoryReader reader, Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var r in reader.ReadAsync(stream, sourceName, cancellationToken).ConfigureAwait(false))
            {
                await TakeAsync(r).ConfigureAwait(false);
                if (Failed)
                {
                    return false;
                }
            }
        }
        catch (IOException ex)
        {
            Add(ImportDiagnostic.Error(new SourceLocation(sourceName), $"cannot read the input: {ex.Message}"));
        }
#pragma warning disable CA1031 // A reader that throws is a bug in that reader: report it for that format, never crash the caller.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Add(ImportDiagnostic.Error(new SourceLocation(sourceName), $"the {reader.Format} reader failed: {ex.GetType().Name}: {ex.Message}"));
        }

        return !Failed;
    }

    public async Task<BacklogHistory> FinishAsync(IEnumerable<IHistoryReader> readers, string format)
    {
        var finishers = readers.OfType<IHistoryFinisher>().ToList();
        if (!Failed)
        {
            foreach (var r in finishers.SelectMany(f => f.Finish(source)))
            {
                await TakeAsync(r).ConfigureAwait(false);
            }
        }

        if (Failed)
        {
            return new BacklogHistory(source, format, [], [], [], _diagnostics);
        }

        var items = _items
            .Select((item, index) => (item, index, key: finishers.Select(f => f.OrderKeyOf(item.Id)).FirstOrDefault(k => k is not null)))
            .OrderBy(x => x.key is null ? 1 : 0)
            .ThenBy(x => x.key, Comparer<IComparable?>.Create(CompareKeys))
            .ThenBy(x => x.index)
            .Select((x, rank) => x.item with { Rank = rank + 1 })
            .ToList();
        var events = _events.OrderBy(e => e.At).ToList();
        return new BacklogHistory(source, format, items, [.. _sprints.Values], events, _diagnostics);
    }

    private static int CompareKeys(IComparable? a, IComparable? b) =>
        a is string s && b is string t ? string.CompareOrdinal(s, t)
        : a is null || b is null || a.GetType() != b.GetType() ? 0
        : a.CompareTo(b);

    private async ValueTask TakeAsync(HistoryRecord r)
    {
        if (r.Event is { } streamed && eventSink is not null)
        {
            await eventSink(streamed).ConfigureAwait(false);
            _sunk++;
            return;
        }

        if (r.Diagnostic is { } d)
        {
            Add(d);
        }
        else if (r.Item is { } item)
        {
            _items.Add(item);
        }
        else if (r.Sprint is { } sprint)
        {
            _sprints.TryAdd(sprint.Id, sprint);
        }
        else if (r.Event is { } e)
        {
            _events.Add(e);
        }
    }
}
