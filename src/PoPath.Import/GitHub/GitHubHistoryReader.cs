using System.Runtime.CompilerServices;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.History;
using PoPath.Import.Json;

namespace PoPath.Import.GitHub;

/// <summary>Reads GitHub REST JSON: issues (<c>/repos/{o}/{r}/issues</c>), timeline or issue events, and milestones.</summary>
/// <remarks>
/// Milestones are the sprints (id = title, the only name timeline events carry; no start date exists). Pull requests
/// in an issue list are skipped. A timeline file carries no issue number, so it is named after its issue
/// (<c>12.timeline.json</c>, <c>timeline-12.json</c>); events from <c>/issues/events</c> name theirs in <c>issue.number</c>.
/// GitHub keeps no order history, so there are no rank events; issues keep their input order.
/// </remarks>
public sealed partial class GitHubHistoryReader(ImportOptions options) : IHistoryReader, IHistoryFinisher
{
    /// <summary>The format id.</summary>
    public const string FormatId = "github-json";

    private static readonly HashSet<string> Streamed = new(["items"], StringComparer.Ordinal);

    private readonly Dictionary<string, Sprint> _milestones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public GitHubHistoryReader()
        : this(ImportOptions.Default)
    {
    }

    public string Format => FormatId;

    public async IAsyncEnumerable<HistoryRecord> ReadAsync(Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var fileIssue = NumberInName().Match(Path.GetFileName(sourceName)) is { Success: true } m ? m.Value : null;
        await foreach (var part in JsonStream.ReadAsync(input, Streamed, options.HardLimit, cancellationToken).ConfigureAwait(false))
        {
            var at = new SourceLocation(sourceName, part.Line, null, part.Path);
            if (part.Error is { } error)
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Error(at, error));
                yield break;
            }

            if (part.Index < 0 && part.Property is not null)
            {
                continue;
            }

            foreach (var r in Element(part.Value, at, fileIssue))
            {
                yield return r;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex NumberInName();

    private IEnumerable<HistoryRecord> Element(JsonElement e, SourceLocation at, string? fileIssue)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, "expected an object (an issue, timeline event or milestone); skipped"));
            yield break;
        }

        if (e.Str("event") is { } kind)
        {
            var issue = e.Prop("issue")?.Str("number") ?? fileIssue;
            if (issue is null)
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, "a timeline event without its issue: name the file <number>.timeline.json; skipped"));
                yield break;
            }

            if (Event(issue, kind, e, at) is { } ev && _seen.Add($"{ev.ItemId}/{ev.Kind}/{ev.At:O}/{ev.SprintId}/{ev.To}"))
            {
                yield return HistoryRecord.Of(ev);
            }

            yield break;
        }

        if (e.Prop("number") is { ValueKind: JsonValueKind.Number } && e.Prop("title") is { ValueKind: JsonValueKind.String })
        {
            if (e.Prop("open_issues") is not null || e.Prop("due_on") is not null && e.Prop("labels") is null)
            {
                if (Milestone(e) is { } s && _milestones.TryAdd(s.Id, s))
                {
                    yield return HistoryRecord.Of(s);
                }

                yield break;
            }

            if (e.Prop("pull_request") is not null)
            {
                yield break;
            }

            foreach (var r in Issue(e, at))
            {
                yield return r;
            }

            yield break;
        }

        yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, "an object that is not a GitHub issue (number, title), timeline event (event) or milestone; skipped"));
    }

    private IEnumerable<HistoryRecord> Issue(JsonElement e, SourceLocation at)
    {
        var number = e.Str("number")!;
        at = at with { Path = $"{at.Path} (#{number})" };
        var milestone = e.Prop("milestone") is { ValueKind: JsonValueKind.Object } m ? Milestone(m) : null;
        if (milestone is not null && _milestones.TryAdd(milestone.Id, milestone))
        {
            yield return HistoryRecord.Of(milestone);
        }

        yield return HistoryRecord.Of(new BacklogItem
        {
            Id = number,
            Title = e.Str("title")!,
            Description = e.Str("body"),
            Status = e.Str("state"),
            Labels = e.Prop("labels") is { ValueKind: JsonValueKind.Array } labels
                ? [.. labels.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String ? l.GetString() : l.Str("name")).OfType<string>()]
                : [],
            Sprints = milestone is null ? [] : [milestone.Name],
            Created = e.Time("created_at"),
            Updated = e.Time("updated_at"),
            Reporter = e.Prop("user")?.Str("login"),
            Assignee = e.Prop("assignee")?.Str("login"),
            Source = at,
        });

        if (e.Time("created_at") is { } created)
        {
            yield return HistoryRecord.Of(new ItemEvent { ItemId = number, Kind = ItemEventKind.Created, At = created, Actor = e.Prop("user")?.Str("login"), To = "open", Source = at });
        }

        if (e.Time("closed_at") is { } closed && _seen.Add($"{number}/{ItemEventKind.Resolved}/{closed:O}//{e.Str("state_reason") ?? "completed"}"))
        {
            yield return HistoryRecord.Of(new ItemEvent
            {
                ItemId = number,
                Kind = ItemEventKind.Resolved,
                At = closed,
                Actor = e.Prop("closed_by")?.Str("login"),
                To = e.Str("state_reason") ?? "completed",
                Source = at,
            });
        }
    }

    private ItemEvent? Event(string issue, string kind, JsonElement e, SourceLocation at)
    {
        if ((e.Time("created_at") ?? e.Time("submitted_at")) is not { } when)
        {
            return null;
        }

        var actor = e.Prop("actor")?.Str("login") ?? e.Prop("user")?.Str("login");
        var ev = new ItemEvent { ItemId = issue, Kind = ItemEventKind.StatusChanged, At = when, Actor = actor, ChangeId = e.Str("id"), Source = at };
        switch (kind)
        {
            case "labeled":
                return ev with { Kind = ItemEventKind.LabelChanged, To = e.Prop("label")?.Str("name") };
            case "unlabeled":
                return ev with { Kind = ItemEventKind.LabelChanged, From = e.Prop("label")?.Str("name") };
            case "milestoned" or "demilestoned":
                var title = e.Prop("milestone")?.Str("title");
                if (title is null)
                {
                    return null;
                }

                _named.TryAdd(title, at);
                return kind == "milestoned"
                    ? ev with { Kind = ItemEventKind.AddedToSprint, SprintId = title, To = title }
                    : ev with { Kind = ItemEventKind.RemovedFromSprint, SprintId = title, From = title };
            case "closed":
                return ev with { Kind = ItemEventKind.Resolved, To = e.Str("state_reason") ?? "completed", ChangeId = null };
            case "reopened":
                return ev with { From = "closed", To = "open" };
            case "commented":
                return ev with { Kind = ItemEventKind.Commented, To = e.Str("body") };
            default:
                return null;
        }
    }

    private static Sprint? Milestone(JsonElement m)
    {
        if (m.Str("title") is not { } title)
        {
            return null;
        }

        return new Sprint
        {
            Id = title,
            Name = title,
            End = m.Time("due_on"),
            Completed = m.Time("closed_at"),
            State = m.Str("state") switch { "closed" => SprintState.Closed, "open" => SprintState.Active, _ => SprintState.Unknown },
            Goal = JsonValues.NonEmpty(m.Str("description")),
        };
    }

    IEnumerable<HistoryRecord> IHistoryFinisher.Finish(string sourceName)
    {
        foreach (var (title, at) in _named.Where(n => !_milestones.ContainsKey(n.Key)).OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"the timeline refers to milestone '{title}', which no issue or milestone list describes; its dates are unknown"));
            yield return HistoryRecord.Of(new Sprint { Id = title, Name = title, Inferred = true });
        }
    }

    IComparable? IHistoryFinisher.OrderKeyOf(string itemId) => null;
}
