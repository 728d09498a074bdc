using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.History;
using PoPath.Import.Json;

namespace PoPath.Import.AzureDevOps;

/// <summary>Reads Azure DevOps REST JSON: work items (<c>$expand=all</c>), updates, revisions, reporting revision batches and team iterations.</summary>
/// <remarks>
/// Elements are recognised by shape; Microsoft's example envelopes (<c>responses.200.body</c>) are unwrapped. Updates
/// give events directly (old → new values); revisions are diffed per work item in revision order at the end of the
/// import, and the latest revision seen of each work item becomes its backlog item. Changes of
/// <c>System.IterationPath</c> are sprint events (the project root means "no sprint"); changes of <c>StackRank</c> or
/// <c>BacklogPriority</c> are order events with their actor (a smaller value is higher in the backlog). Sprints are
/// the team iterations given; iteration paths only events name become inferred sprints, with a warning.
/// </remarks>
public sealed class AdoHistoryReader(ImportOptions options) : IHistoryReader, IHistoryFinisher
{
    /// <summary>The format id.</summary>
    public const string FormatId = "ado-json";

    private static readonly HashSet<string> Streamed = new(["value", "values"], StringComparer.Ordinal);

    private readonly Dictionary<int, List<Snapshot>> _revisions = [];

    // The newest revision of each work item with all its fields (it becomes the backlog item); older ones keep only
    // the fields the diff reads (see Reduce), so memory grows with revisions by a few hundred bytes, not a whole item.
    private readonly Dictionary<int, (int Rev, JsonElement Fields)> _newest = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<(JsonElement Iteration, SourceLocation At)> _iterations = [];
    private readonly Dictionary<string, SourceLocation> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _order = new(StringComparer.Ordinal);

    public AdoHistoryReader()
        : this(ImportOptions.Default)
    {
    }

    public string Format => FormatId;

    public async IAsyncEnumerable<HistoryRecord> ReadAsync(Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var root = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var streamedAny = false;
        await foreach (var part in JsonStream.ReadAsync(input, Streamed, options.HardLimit, cancellationToken).ConfigureAwait(false))
        {
            var at = new SourceLocation(sourceName, part.Line, null, part.Path);
            if (part.Error is { } error)
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Error(at, error));
                yield break;
            }

            if (part.Index >= 0)
            {
                streamedAny = true;
                foreach (var r in Element(part.Value, at))
                {
                    yield return r;
                }
            }
            else if (part.Property is not null)
            {
                root[part.Property] = part.Value;
            }
        }

        if (streamedAny)
        {
            yield break;
        }

        // Microsoft's REST examples wrap the body: { "responses": { "200": { "body": … } } }.
        if (root.TryGetValue("responses", out var responses) && responses.Prop("200")?.Prop("body") is { } body)
        {
            foreach (var r in Body(body, new SourceLocation(sourceName, 1, null, "$.responses.200.body")))
            {
                yield return r;
            }
        }
        else if (root.Count > 0)
        {
            foreach (var r in Element(JsonElement.Parse(JsonSerializer.SerializeToUtf8Bytes(root)), new SourceLocation(sourceName, 1, null, "$")))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<HistoryRecord> Body(JsonElement body, SourceLocation at)
    {
        foreach (var name in (string[])["value", "values"])
        {
            if (body.Prop(name) is { ValueKind: JsonValueKind.Array } list)
            {
                var i = 0;
                foreach (var e in list.EnumerateArray())
                {
                    foreach (var r in Element(e, at with { Path = $"{at.Path}.{name}[{i++}]" }))
                    {
                        yield return r;
                    }
                }

                yield break;
            }
        }

        foreach (var r in Element(body, at))
        {
            yield return r;
        }
    }

    private IEnumerable<HistoryRecord> Element(JsonElement e, SourceLocation at)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return [HistoryRecord.Of(ImportDiagnostic.Warning(at, "expected an object (a work item, update, revision or iteration); skipped"))];
        }

        if (e.Prop("workItemId") is not null && e.Prop("rev") is not null)
        {
            return Update(e, at);
        }

        if (e.Prop("fields") is { ValueKind: JsonValueKind.Object } fields && e.Prop("id") is { ValueKind: JsonValueKind.Number } id && e.Prop("rev") is { ValueKind: JsonValueKind.Number } rev)
        {
            var key = id.GetInt32();
            var number = rev.GetInt32();
            var list = _revisions.TryGetValue(key, out var l) ? l : _revisions[key] = [];
            list.Add(new Snapshot(number, Reduce(fields), at));
            if (!_newest.TryGetValue(key, out var newest) || number >= newest.Rev)
            {
                _newest[key] = (number, fields);
            }

            return [];
        }

        if (e.Prop("attributes") is { ValueKind: JsonValueKind.Object } && e.Str("name") is not null)
        {
            _iterations.Add((e, at));
            return [];
        }

        if (e.Prop("workItemRelations") is not null || e.Prop("backlogFields") is not null || e.Prop("order") is not null)
        {
            return []; // Iteration membership, backlog configuration, reorder results: nothing historical.
        }

        return [HistoryRecord.Of(ImportDiagnostic.Warning(at, "an object that is not an Azure DevOps work item (id, rev, fields), update (workItemId, rev, fields) or iteration (name, attributes); skipped"))];
    }

    private IEnumerable<HistoryRecord> Update(JsonElement u, SourceLocation at)
    {
        var id = u.Str("workItemId")!;
        var rev = u.Str("rev") ?? "?";
        if (u.Prop("fields") is not { ValueKind: JsonValueKind.Object } fields)
        {
            yield break; // Relation-only updates change no field.
        }

        var when = JsonValues.ParseTime(fields.Prop(AdoFields.ChangedDate)?.Str("newValue")) ?? u.Time("revisedDate");
        if (when is not { } time || time.Year >= 9999)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"work item {id} update {u.Str("id")}: no change time (System.ChangedDate); skipped"));
            yield break;
        }

        var actor = AdoFields.Identity(fields.Prop(AdoFields.ChangedBy)?.Prop("newValue")) ?? AdoFields.Identity(u.Prop("revisedBy"));
        var change = new Change(id, rev, time, actor, at);
        foreach (var f in fields.EnumerateObject())
        {
            foreach (var r in FieldEvents(change, f.Name, f.Value.Prop("oldValue"), f.Value.Prop("newValue"), rev == "1"))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<HistoryRecord> FieldEvents(Change c, string field, JsonElement? oldValue, JsonElement? newValue, bool first)
    {
        ItemEvent Event(ItemEventKind kind, string? from, string? to) => new()
        {
            ItemId = c.Id,
            Kind = kind,
            At = c.At,
            Actor = c.Actor,
            From = from,
            To = to,
            ChangeId = c.Rev,
            Source = c.At2,
        };

        switch (field)
        {
            case AdoFields.State:
                var to = AdoFields.Text(newValue);
                if (first && oldValue is null)
                {
                    return Once(Event(ItemEventKind.Created, null, to));
                }

                return AdoFields.ClosedStates.Contains(to ?? "")
                    ? Once(Event(ItemEventKind.StatusChanged, AdoFields.Text(oldValue), to), Event(ItemEventKind.Resolved, null, to))
                    : Once(Event(ItemEventKind.StatusChanged, AdoFields.Text(oldValue), to));
            case AdoFields.IterationPath:
                var before = AdoFields.Text(oldValue);
                var after = AdoFields.Text(newValue);
                var events = new List<ItemEvent>();
                if (AdoFields.IsSprintPath(before) && before != after)
                {
                    _paths.TryAdd(before!, c.At2);
                    events.Add(Event(ItemEventKind.RemovedFromSprint, AdoFields.LastSegment(before!), null) with { SprintId = before });
                }

                if (AdoFields.IsSprintPath(after) && before != after)
                {
                    _paths.TryAdd(after!, c.At2);
                    events.Add(Event(ItemEventKind.AddedToSprint, null, AdoFields.LastSegment(after!)) with { SprintId = after });
                }

                return Once([.. events]);
            case AdoFields.StackRank or AdoFields.BacklogPriority:
                var from = AdoFields.Number(oldValue);
                var next = AdoFields.Number(newValue);
                if (next is null || from == next)
                {
                    return [];
                }

                var direction = from is null ? RankDirection.ToPosition : next < from ? RankDirection.Up : RankDirection.Down;
                return Once(Event(ItemEventKind.RankMoved, from?.ToString(CultureInfo.InvariantCulture), next.Value.ToString(CultureInfo.InvariantCulture)) with { Direction = direction });
            case AdoFields.Priority when oldValue is not null:
                return Once(Event(ItemEventKind.PriorityChanged, AdoFields.Text(oldValue), AdoFields.Text(newValue)));
            case AdoFields.History when AdoFields.Text(newValue) is { Length: > 0 } comment:
                return Once(Event(ItemEventKind.Commented, null, AdoFields.PlainText(comment)));
            default:
                return [];
        }
    }

    private IEnumerable<HistoryRecord> Once(params ItemEvent[] events)
    {
        foreach (var e in events)
        {
            if (_seen.Add($"{e.ItemId}/{e.ChangeId}/{e.Kind}/{e.SprintId}"))
            {
                yield return HistoryRecord.Of(e);
            }
        }
    }

    IEnumerable<HistoryRecord> IHistoryFinisher.Finish(string sourceName)
    {
        foreach (var (id, snapshots) in _revisions.OrderBy(r => r.Key))
        {
            snapshots.Sort((a, b) => a.Rev.CompareTo(b.Rev));
            Snapshot? previous = null;
            foreach (var s in snapshots)
            {
                if (previous is not null && previous.Rev == s.Rev)
                {
                    continue;
                }

                foreach (var r in Diff(id.ToString(CultureInfo.InvariantCulture), previous, s))
                {
                    yield return r;
                }

                previous = s;
            }

            yield return HistoryRecord.Of(ItemOf(id, snapshots[^1] with { Fields = _newest[id].Fields }));
        }

        foreach (var r in Sprints())
        {
            yield return r;
        }
    }

    private IEnumerable<HistoryRecord> Diff(string id, Snapshot? before, Snapshot after)
    {
        var f = after.Fields;
        var when = f.Time(AdoFields.ChangedDate) ?? f.Time(AdoFields.CreatedDate);
        if (when is null)
        {
            yield break;
        }

        var change = new Change(id, after.Rev.ToString(CultureInfo.InvariantCulture), when.Value, AdoFields.Identity(f.Prop(AdoFields.ChangedBy)), after.At);
        foreach (var name in DiffedFields.Take(6))
        {
            var old = before?.Fields.Prop(name);
            var now = f.Prop(name);
            if (name == AdoFields.History ? now is not null && (old?.GetRawText() != now.Value.GetRawText()) : old?.GetRawText() != now?.GetRawText())
            {
                foreach (var r in FieldEvents(change, name, old, now, before is null))
                {
                    yield return r;
                }
            }
        }
    }

    private BacklogItem ItemOf(int id, Snapshot s)
    {
        var f = s.Fields;
        var key = id.ToString(CultureInfo.InvariantCulture);
        if ((AdoFields.Number(f.Prop(AdoFields.StackRank)) ?? AdoFields.Number(f.Prop(AdoFields.BacklogPriority))) is { } order)
        {
            _order[key] = order;
        }

        var path = f.Str(AdoFields.IterationPath);
        return new BacklogItem
        {
            Id = key,
            Title = f.Str(AdoFields.Title) ?? "",
            Description = AdoFields.PlainText(f.Str("System.Description")),
            AcceptanceCriteria = AdoFields.PlainText(f.Str("Microsoft.VSTS.Common.AcceptanceCriteria")),
            Type = f.Str("System.WorkItemType"),
            Status = f.Str(AdoFields.State),
            Priority = AdoFields.Text(f.Prop(AdoFields.Priority)),
            Labels = f.Str("System.Tags") is { } tags ? [.. tags.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [],
            StoryPoints = AdoFields.Number(f.Prop("Microsoft.VSTS.Scheduling.StoryPoints")) ?? AdoFields.Number(f.Prop("Microsoft.VSTS.Scheduling.Effort")) ?? AdoFields.Number(f.Prop("Microsoft.VSTS.Scheduling.Size")),
            Sprints = AdoFields.IsSprintPath(path) ? [AdoFields.LastSegment(path!)] : [],
            Created = f.Time(AdoFields.CreatedDate),
            Updated = f.Time(AdoFields.ChangedDate),
            Reporter = AdoFields.Identity(f.Prop(AdoFields.CreatedBy)),
            Assignee = AdoFields.Identity(f.Prop("System.AssignedTo")),
            Source = s.At,
        };
    }

    private IEnumerable<HistoryRecord> Sprints()
    {
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (e, at) in _iterations)
        {
            var name = e.Str("name")!;
            var path = e.Str("path") ?? _paths.Keys.FirstOrDefault(p => AdoFields.LastSegment(p) == name) ?? name;
            var attributes = e.Prop("attributes")!.Value;
            if (emitted.Add(path))
            {
                yield return HistoryRecord.Of(new Sprint
                {
                    Id = path,
                    Name = name,
                    Start = attributes.Time("startDate"),
                    End = attributes.Time("finishDate"),
                    State = attributes.Str("timeFrame") switch { "past" => SprintState.Closed, "current" => SprintState.Active, "future" => SprintState.Future, _ => SprintState.Unknown },
                });
            }

            _ = at;
        }

        foreach (var (path, at) in _paths.Where(p => !emitted.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"the history refers to iteration {path}, which no team iteration describes; its dates are unknown (add the team's iterations JSON)"));
            yield return HistoryRecord.Of(new Sprint { Id = path, Name = AdoFields.LastSegment(path), Inferred = true });
        }
    }

    IComparable? IHistoryFinisher.OrderKeyOf(string itemId) => _order.TryGetValue(itemId, out var o) ? o : null;

    private static readonly string[] DiffedFields =
        [AdoFields.State, AdoFields.IterationPath, AdoFields.StackRank, AdoFields.BacklogPriority, AdoFields.Priority, AdoFields.History,
         AdoFields.ChangedDate, AdoFields.CreatedDate, AdoFields.ChangedBy];

    /// <summary>A copy of just the fields <see cref="Diff"/> reads, detached from the revision's document.</summary>
    private static JsonElement Reduce(JsonElement fields)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in DiffedFields)
            {
                if (fields.TryGetProperty(name, out var value))
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    private sealed record Snapshot(int Rev, JsonElement Fields, SourceLocation At);

    private readonly record struct Change(string Id, string Rev, DateTimeOffset At, string? Actor, SourceLocation At2);
}
