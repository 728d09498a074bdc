using System.Globalization;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Testing.Docs;

namespace PoPath.Core.Tests.Docs;

/// <summary>One <c>signal-example</c> block of docs/signals/*.md: a small history, the signal to run, and the values expected.</summary>
/// <remarks>
/// JSON: <c>name</c>, <c>signal</c>, optional <c>product_owner</c> and <c>period</c> (<c>sprint</c>|<c>month</c>),
/// <c>sprints[]</c> (<c>id</c>, <c>start</c>, <c>end</c>, optional <c>name</c>, <c>state</c>, <c>completed</c>),
/// <c>items[]</c> (the item JSON of the element pages, plus <c>created</c> and <c>sprints[]</c>), <c>events[]</c>
/// (<c>item</c>, <c>kind</c> as in evidence, <c>at</c>, optional <c>actor</c>, <c>sprint</c>, <c>from</c>, <c>to</c>),
/// optional <c>snapshot</c> (a time: the items' practical test is read then), <c>expect[]</c> (<c>period</c>,
/// <c>value</c> or null, <c>band</c>, optional <c>count</c>, <c>of</c>) and optional <c>findings[]</c> (kinds).
/// </remarks>
internal sealed record SignalExample(string Page, int Line, string Name, JsonElement Json)
{
    public const string Info = "signal-example";

    public static IEnumerable<SignalExample> ReadPage(string path)
    {
        var page = Path.GetFileName(path);
        foreach (var b in FencedBlock.Read(page, File.ReadAllText(path)).Where(b => b.Info == Info))
        {
            var json = JsonDocument.Parse(b.Body).RootElement.Clone();
            yield return new SignalExample(page, b.Line, json.GetProperty("name").GetString()!, json);
        }
    }

    public string Signal => Json.GetProperty("signal").GetString()!;

    /// <summary>Runs the example; null when it matches, else what differed.</summary>
    public string? Check()
    {
        var items = Array(Json, "items").Select((e, i) => Item(e, i)).ToList();
        var sprints = Array(Json, "sprints").Select(s => new Sprint
        {
            Id = s.GetProperty("id").GetString()!,
            Name = Str(s, "name") ?? "Sprint " + s.GetProperty("id").GetString(),
            Start = Time(s, "start"),
            End = Time(s, "end"),
            Completed = Time(s, "completed"),
            State = Str(s, "state") switch { "active" => SprintState.Active, "future" => SprintState.Future, _ => SprintState.Closed },
        }).ToList();
        var events = Array(Json, "events").Select(e => new ItemEvent
        {
            ItemId = e.GetProperty("item").GetString()!,
            Kind = Kind(e.GetProperty("kind").GetString()!),
            At = Time(e, "at")!.Value,
            Actor = Str(e, "actor"),
            SprintId = Str(e, "sprint"),
            From = Str(e, "from"),
            To = Str(e, "to"),
            Direction = e.GetProperty("kind").GetString() == "rank_moved" ? RankDirection.Up : null,
        }).OrderBy(e => e.At).ToList();
        foreach (var id in events.Select(e => e.ItemId).Distinct().Where(id => items.All(i => i.Id != id)).ToList())
        {
            items.Add(new BacklogItem { Id = id, Title = "Item " + id, Rank = items.Count + 1 });
        }

        var history = new BacklogHistory(Page, "example", items, sprints, events, []);
        SnapshotReading[] snapshots = Time(Json, "snapshot") is { } at ? [new SnapshotReading(at, ReadinessEngine.Default.Run(items), "the snapshot")] : [];
        var options = new SignalOptions
        {
            ProductOwner = Str(Json, "product_owner"),
            Period = Str(Json, "period") switch { "sprint" => PeriodKind.Sprint, "month" => PeriodKind.Month, _ => null },
        };
        var result = SignalEngine.Default.Run(history, options, snapshots);
        var values = result.Of(Signal).Values;
        var problems = new List<string>();
        foreach (var x in Array(Json, "expect"))
        {
            var period = x.GetProperty("period").GetString()!;
            var v = values.FirstOrDefault(v => v.Period == period);
            if (v is null)
            {
                problems.Add($"no value for period '{period}' (periods: {string.Join(", ", values.Select(p => p.Period))})");
                continue;
            }

            var value = x.GetProperty("value");
            double? want = value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
            if (want is null ? v.Value is not null : v.Value is not { } got || Math.Abs(got - want.Value) > 0.0005)
            {
                problems.Add($"{period}: value {v.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"}, expected {want?.ToString(CultureInfo.InvariantCulture) ?? "null"} ({v.Note})");
            }

            var band = x.GetProperty("band").GetString();
            if (!string.Equals(v.Band.ToString(), band, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{period}: band {v.Band}, expected {band}");
            }

            if (x.TryGetProperty("count", out var c) && v.Count != c.GetInt32() || x.TryGetProperty("of", out var o) && v.Of != o.GetInt32())
            {
                problems.Add($"{period}: {v.Count} of {v.Of}, expected {(x.TryGetProperty("count", out var c2) ? c2.GetInt32() : v.Count)} of {(x.TryGetProperty("of", out var o2) ? o2.GetInt32() : v.Of)}");
            }
        }

        if (Json.TryGetProperty("findings", out var findings))
        {
            var want = findings.EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal).ToList();
            var got = result.Findings.Select(f => f.Kind).Order(StringComparer.Ordinal).ToList();
            if (!want.SequenceEqual(got))
            {
                problems.Add($"findings [{string.Join(", ", got)}], expected [{string.Join(", ", want)}]");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static BacklogItem Item(JsonElement e, int index)
    {
        var copy = new Dictionary<string, JsonElement>();
        foreach (var p in e.EnumerateObject().Where(p => p.Name is not "created" and not "sprints"))
        {
            copy[p.Name] = p.Value;
        }

        if (!copy.ContainsKey("title"))
        {
            copy["title"] = JsonDocument.Parse("\"Item " + (Str(e, "id") ?? "X") + "\"").RootElement;
        }

        var item = ExampleJson.Item(JsonSerializer.SerializeToElement(copy), "X-" + (index + 1).ToString(CultureInfo.InvariantCulture), index + 1);
        return item with
        {
            Created = Time(e, "created"),
            Sprints = e.TryGetProperty("sprints", out var s) ? [.. s.EnumerateArray().Select(x => x.GetString()!)] : [],
        };
    }

    private static ItemEventKind Kind(string name) =>
        Enum.GetValues<ItemEventKind>().FirstOrDefault(k => EventNames.Of(k) == name, (ItemEventKind)(-1)) is var k && (int)k >= 0
            ? k : throw new FormatException($"unknown event kind '{name}'");

    private static List<JsonElement> Array(JsonElement e, string name) => e.TryGetProperty(name, out var a) ? [.. a.EnumerateArray()] : [];

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Time(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
}
