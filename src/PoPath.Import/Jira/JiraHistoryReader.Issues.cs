using System.Text.Json;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Json;

namespace PoPath.Import.Jira;

/// <summary>The mapping of one issue, its changelog and its sprints to the canonical history.</summary>
public sealed partial class JiraHistoryReader
{
    private IEnumerable<HistoryRecord> Issue(JsonElement e, SourceLocation at)
    {
        if (e.Prop("key") is not { ValueKind: JsonValueKind.String } keyValue || keyValue.GetString() is not { Length: > 0 } key)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, "an issue whose \"key\" is missing or not a string; skipped"));
            yield break;
        }

        at = at with { Path = $"{at.Path} ({key})" };
        if (e.Prop("fields") is not { ValueKind: JsonValueKind.Object } fields)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"issue {key}: \"fields\" is missing or not an object; skipped"));
            yield break;
        }

        if (fields.Prop("summary") is { } s && s.ValueKind != JsonValueKind.String)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"issue {key}: fields.summary is {s.ValueKind.ToString().ToLowerInvariant()}, expected a string; skipped"));
            yield break;
        }

        if (!_issues.TryAdd(key, at))
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Error(at, $"duplicate issue key {key}: first at {_issues[key]}, again here; expected each issue once"));
            yield break;
        }

        if (e.Str("id") is { } id)
        {
            _keyOfId.TryAdd(id, key);
        }

        var sprintNames = new List<string>();
        double? points = null;
        foreach (var f in fields.EnumerateObject())
        {
            var v = f.Value;
            if (_fields.Sprint.Contains(f.Name) || (!_fields.Known && LooksLikeSprints(v)))
            {
                foreach (var sprint in SprintsOf(v, at))
                {
                    sprintNames.Add(sprint.Name);
                    if (AddSprint(sprint))
                    {
                        yield return HistoryRecord.Of(sprint);
                    }
                }
            }
            else if ((_fields.Rank.Contains(f.Name) || (!_fields.Known && f.Name.StartsWith("customfield_", StringComparison.Ordinal) && LooksLikeLexoRank(v)))
                && v.ValueKind == JsonValueKind.String)
            {
                _rank[key] = v.GetString()!;
            }
            else if (_fields.StoryPoints.Contains(f.Name) && v.ValueKind == JsonValueKind.Number)
            {
                points ??= v.GetDouble();
            }
        }

        var created = fields.Time("created");
        yield return HistoryRecord.Of(new BacklogItem
        {
            Id = key,
            Title = fields.Str("summary") ?? "",
            Description = fields.Prop("description").PlainText(),
            Type = fields.NameOf("issuetype"),
            Status = fields.NameOf("status"),
            Priority = fields.NameOf("priority"),
            Labels = fields.Prop("labels") is { ValueKind: JsonValueKind.Array } labels
                ? [.. labels.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!)]
                : [],
            StoryPoints = points,
            Sprints = sprintNames,
            Created = created,
            Updated = fields.Time("updated"),
            Reporter = fields.Actor("reporter"),
            Assignee = fields.Actor("assignee"),
            DueDate = fields.Str("duedate") is { } due && DateOnly.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            Links = LinksOf(fields),
            Source = at,
        });

        if (created is { } c)
        {
            yield return HistoryRecord.Of(new ItemEvent
            {
                ItemId = key,
                Kind = ItemEventKind.Created,
                At = c,
                Actor = fields.Actor("creator") ?? fields.Actor("reporter"),
                Source = at,
            });
        }

        if (fields.Prop("comment")?.Prop("comments") is { ValueKind: JsonValueKind.Array } comments)
        {
            foreach (var comment in comments.EnumerateArray())
            {
                if (comment.Time("created") is { } when)
                {
                    yield return HistoryRecord.Of(new ItemEvent
                    {
                        ItemId = key,
                        Kind = ItemEventKind.Commented,
                        At = when,
                        Actor = comment.Actor("author"),
                        To = comment.Prop("body").PlainText(),
                        ChangeId = comment.Str("id"),
                        Source = at,
                    });
                }
            }
        }

        if (e.Prop("changelog") is { ValueKind: JsonValueKind.Object } changelog && changelog.Prop("histories") is { ValueKind: JsonValueKind.Array } histories)
        {
            var total = changelog.Number("total");
            if (total is { } t && t > histories.GetArrayLength())
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"issue {key}: the embedded changelog holds {histories.GetArrayLength()} of {t} histories (search results cut it); the oldest events are missing — import the issue's full changelog (/rest/api/3/issue/{key}/changelog)"));
            }

            foreach (var r in Histories(key, histories, at))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<HistoryRecord> Histories(string key, JsonElement histories, SourceLocation at)
    {
        if (histories.ValueKind != JsonValueKind.Array)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"issue {key}: changelog histories are not an array; skipped"));
            yield break;
        }

        var i = 0;
        foreach (var h in histories.EnumerateArray())
        {
            foreach (var r in History(key, h, at, i))
            {
                yield return r;
            }

            i++;
        }
    }

    /// <param name="index">The history's index in the issue's embedded changelog; -1 when <paramref name="issueAt"/> is the history's own place.</param>
    /// <param name="issueAt">Where the issue is; events carry it (the issue key names them), and only a diagnostic pays for
    /// the history's own path (formatting a path for each of a million histories was a tenth of the reader's time).</param>
    private IEnumerable<HistoryRecord> History(string key, JsonElement h, SourceLocation issueAt, int index)
    {
        var at = issueAt;
        SourceLocation Here() => index < 0 ? issueAt : issueAt with { Path = $"{issueAt.Path}.histories[{index}]" };
        var historyId = h.Str("id");
        if (historyId is not null && !(long.TryParse(historyId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numeric)
                ? _historyIds.Add(numeric)
                : _otherHistoryIds.Add(historyId)))
        {
            yield break; // The same history from the embedded changelog and a changelog page.
        }

        if (h.Time("created") is not { } when)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(Here(), $"issue {key}: a changelog history without a valid \"created\" time; skipped"));
            yield break;
        }

        if (h.Prop("items") is not { ValueKind: JsonValueKind.Array } items)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(Here(), $"issue {key}: changelog history {historyId} has no \"items\" array; skipped"));
            yield break;
        }

        var actor = h.Actor("author");
        foreach (var item in items.EnumerateArray())
        {
            // Classify first: most changelog items in real exports are fields no signal reads (description, assignee …),
            // and they should cost no strings or events.
            var field = _fields.Classify(item.Str("fieldId"), item.Str("field"));
            if (field is not ("status" or "priority" or "resolution" or "rank" or "labels" or "sprint"))
            {
                continue;
            }

            var fromText = JsonValues.NonEmpty(item.Str("fromString"));
            var toText = JsonValues.NonEmpty(item.Str("toString"));
            ItemEvent Event(ItemEventKind kind, string? from, string? to, RankDirection? direction = null) => new()
            {
                ItemId = key,
                Kind = kind,
                At = when,
                Actor = actor,
                ChangeId = historyId,
                Source = at,
                From = from,
                To = to,
                Direction = direction,
            };

            switch (field)
            {
                case "status":
                    yield return HistoryRecord.Of(Event(ItemEventKind.StatusChanged, fromText, toText));
                    break;
                case "priority":
                    yield return HistoryRecord.Of(Event(ItemEventKind.PriorityChanged, fromText, toText));
                    break;
                case "resolution":
                    yield return HistoryRecord.Of(Event(ItemEventKind.Resolved, fromText, toText));
                    break;
                case "rank":
                    yield return HistoryRecord.Of(Event(ItemEventKind.RankMoved, null, toText, toText switch
                    {
                        "Ranked higher" => RankDirection.Up,
                        "Ranked lower" => RankDirection.Down,
                        _ => RankDirection.ToPosition,
                    }));
                    break;
                case "labels":
                    foreach (var r in LabelEvents(Event(ItemEventKind.StatusChanged, fromText, toText)))
                    {
                        yield return r;
                    }

                    break;
                default:
                    foreach (var r in SprintEvents(Event(ItemEventKind.StatusChanged, fromText, toText), item.Str("from"), item.Str("to"), item.Str("fromString"), item.Str("toString")))
                    {
                        yield return r;
                    }

                    break;
            }
        }
    }

    private IEnumerable<HistoryRecord> SprintEvents(ItemEvent e, string? from, string? to, string? fromNames, string? toNames)
    {
        var before = Ids(from);
        var after = Ids(to);
        var names = Names(after, toNames).Concat(Names(before, fromNames))
            .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        foreach (var id in after.Except(before))
        {
            Remember(id, names.GetValueOrDefault(id), e.Source!);
            yield return HistoryRecord.Of(e with { Kind = ItemEventKind.AddedToSprint, SprintId = id, From = null, To = NameOf(id, names) });
        }

        foreach (var id in before.Except(after))
        {
            Remember(id, names.GetValueOrDefault(id), e.Source!);
            yield return HistoryRecord.Of(e with { Kind = ItemEventKind.RemovedFromSprint, SprintId = id, From = NameOf(id, names), To = null });
        }
    }

    private string NameOf(string id, Dictionary<string, string?> names) =>
        _sprints.TryGetValue(id, out var s) ? s.Name : names.GetValueOrDefault(id) ?? id;

    private void Remember(string id, string? name, SourceLocation at)
    {
        if (!_sprints.ContainsKey(id))
        {
            _unknownSprints.TryAdd(id, (name, at));
        }
    }

    private static List<string> Ids(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct()];

    /// <summary>Pairs ids with names when the counts match (sprint names may themselves hold ", ", then they are not trusted).</summary>
    private static IEnumerable<(string Id, string? Name)> Names(List<string> ids, string? names)
    {
        var parts = string.IsNullOrWhiteSpace(names) ? [] : names.Split(", ");
        return parts.Length == ids.Count ? ids.Zip(parts, (i, n) => (i, (string?)n.Trim())) : ids.Select(i => (i, (string?)null));
    }

    private static IEnumerable<HistoryRecord> LabelEvents(ItemEvent e)
    {
        var before = (e.From ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var after = (e.To ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var added in after.Except(before))
        {
            yield return HistoryRecord.Of(e with { Kind = ItemEventKind.LabelChanged, From = null, To = added });
        }

        foreach (var removed in before.Except(after))
        {
            yield return HistoryRecord.Of(e with { Kind = ItemEventKind.LabelChanged, From = removed, To = null });
        }
    }

    private static bool LooksLikeSprints(JsonElement v) =>
        v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v.EnumerateArray().All(s =>
            (s.ValueKind == JsonValueKind.Object && s.TryGetProperty("name", out _) && s.TryGetProperty("state", out _) && s.TryGetProperty("id", out _))
            || (s.ValueKind == JsonValueKind.String && s.GetString()!.Contains("greenhopper.service.sprint.Sprint@", StringComparison.Ordinal)));

    private static bool LooksLikeLexoRank(JsonElement v) =>
        v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 2 } r && char.IsAsciiDigit(r[0]) && r[1] == '|';

    private static IEnumerable<Sprint> SprintsOf(JsonElement v, SourceLocation at)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var s in v.EnumerateArray())
        {
            var sprint = s.ValueKind == JsonValueKind.Object ? SprintOf(s, at) : LegacySprint.Parse(s.ValueKind == JsonValueKind.String ? s.GetString() : null);
            if (sprint is not null)
            {
                yield return sprint;
            }
        }
    }

    internal static Sprint? SprintOf(JsonElement s, SourceLocation at)
    {
        _ = at;
        if (s.Str("id") is not { } id || s.Str("name") is not { } name)
        {
            return null;
        }

        return new Sprint
        {
            Id = id,
            Name = name,
            Start = s.Time("startDate"),
            End = s.Time("endDate"),
            Completed = s.Time("completeDate"),
            State = StateOf(s.Str("state")),
            Goal = JsonValues.NonEmpty(s.Str("goal")),
        };
    }

    internal static SprintState StateOf(string? state) => state?.ToLowerInvariant() switch
    {
        "future" => SprintState.Future,
        "active" => SprintState.Active,
        "closed" => SprintState.Closed,
        _ => SprintState.Unknown,
    };

    private static List<ItemLink> LinksOf(JsonElement fields)
    {
        if (fields.Prop("issuelinks") is not { ValueKind: JsonValueKind.Array } links)
        {
            return [];
        }

        var result = new List<ItemLink>();
        foreach (var l in links.EnumerateArray())
        {
            if (l.Prop("outwardIssue")?.Str("key") is { } o && l.Prop("type")?.Str("outward") is { } ok)
            {
                result.Add(new ItemLink(ok.ToLowerInvariant(), o));
            }
            else if (l.Prop("inwardIssue")?.Str("key") is { } i && l.Prop("type")?.Str("inward") is { } ik)
            {
                result.Add(new ItemLink(ik.ToLowerInvariant(), i));
            }
        }

        return result;
    }
}
