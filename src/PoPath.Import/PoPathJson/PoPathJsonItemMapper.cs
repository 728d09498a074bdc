using System.Text.Json;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Input;

namespace PoPath.Import.PoPathJson;

/// <summary>Maps one element of <c>items</c> to a backlog item, with a JSON path on every problem.</summary>
/// <remarks>
/// A missing or mistyped <c>id</c> or <c>title</c>, or a string over the field cap, skips the item; any other mistyped
/// field is dropped and the item kept. Unknown property names are reported once per name, not per item.
/// </remarks>
internal sealed class PoPathJsonItemMapper(string sourceName, ImportOptions options)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly HashSet<string> _reportedUnknown = new(StringComparer.Ordinal);
    private List<ReadResult> _output = [];
    private SourceLocation _at = new(sourceName);
    private bool _skip;

    public void Map(ReadOnlySpan<byte> json, string path, int line, List<ReadResult> output)
    {
        (_output, _at, _skip) = (output, new SourceLocation(sourceName, line, Path: path), false);
        var reader = new Utf8JsonReader(json, ReaderOptions);
        using var document = JsonDocument.ParseValue(ref reader);
        string? id = null;
        string? title = null;
        var item = new BacklogItem { Id = "", Title = "", Source = _at };
        WsjfInputs? wsjf = null;
        foreach (var p in document.RootElement.EnumerateObject())
        {
            var at = $"{path}.{p.Name}";
            var v = p.Value;
            if (v.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (p.Name)
            {
                case "id":
                    id = v.ValueKind == JsonValueKind.Number ? v.GetRawText() : Required(v, at);
                    break;
                case "title":
                    title = Required(v, at);
                    break;
                case "description": item = item with { Description = String(v, at) }; break;
                case "acceptance_criteria": item = item with { AcceptanceCriteria = String(v, at) }; break;
                case "type": item = item with { Type = String(v, at) }; break;
                case "status": item = item with { Status = String(v, at) }; break;
                case "priority": item = item with { Priority = String(v, at) }; break;
                case "reporter": item = item with { Reporter = String(v, at) }; break;
                case "assignee": item = item with { Assignee = String(v, at) }; break;
                case "rank": item = item with { Rank = Rank(v, at) }; break;
                case "due_date": item = item with { DueDate = Date(v, at) }; break;
                case "created": item = item with { Created = DateTime(v, at) }; break;
                case "updated": item = item with { Updated = DateTime(v, at) }; break;
                case "story_points": item = item with { StoryPoints = Number(v, at) }; break;
                case "labels": item = item with { Labels = Strings(v, at) }; break;
                case "sprints": item = item with { Sprints = Strings(v, at) }; break;
                case "links": item = item with { Links = Links(v, at) }; break;
                case "wsjf": wsjf = Wsjf(v, at); break;
                default: Unknown("item", p.Name, at, "id, title, description, acceptance_criteria, type, status, rank, priority, due_date, links, labels, story_points, wsjf, sprints, created, updated, reporter, assignee"); break;
            }
        }

        if (id is null && !_skip)
        {
            Skip(path, "missing required \"id\"; item skipped");
        }

        if (title is null && !_skip)
        {
            Skip(path, "missing required \"title\"; item skipped");
        }

        if (!_skip)
        {
            output.Add(ReadResult.Of(item with { Id = id!, Title = title!, Wsjf = wsjf }));
        }
    }

    /// <summary>"a number", "an object" … for a token, in messages.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => ValueParser.Quote(v.GetString()!),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private string? Required(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            Skip(at, $"expected a string, found {Describe(v)}; item skipped");
            return null;
        }

        var s = Capped(v, at);
        if (s is not null && string.IsNullOrWhiteSpace(s))
        {
            Skip(at, "expected a non-empty string; item skipped");
            return null;
        }

        return s?.Trim();
    }

    private string? String(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            Dropped(at, $"expected a string, found {Describe(v)}");
            return null;
        }

        return Capped(v, at) is { } s && !string.IsNullOrWhiteSpace(s) ? s : null;
    }

    private string? Capped(JsonElement v, string at)
    {
        var s = v.GetString()!;
        if (s.Length <= options.MaxFieldLength)
        {
            return s;
        }

        Skip(at, $"string of {s.Length:N0} characters is over the cap of {options.MaxFieldLength:N0}; item skipped");
        return null;
    }

    private double? Number(JsonElement v, string at) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : Drop<double>(at, $"expected a number, found {Describe(v)}");

    private int Rank(JsonElement v, string at) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var r) && r >= 1
            ? r
            : Drop<int>(at, $"expected a whole number of 1 or more, found {Describe(v)}") ?? 0;

    private DateOnly? Date(JsonElement v, string at) =>
        v.ValueKind == JsonValueKind.String && ValueParser.TryParseDate(v.GetString()!, out var d)
            ? d
            : Drop<DateOnly>(at, $"expected a date such as \"2027-03-31\", found {Describe(v)}");

    private DateTimeOffset? DateTime(JsonElement v, string at) =>
        v.ValueKind == JsonValueKind.String && ValueParser.TryParseDateTime(v.GetString()!, out var d)
            ? d
            : Drop<DateTimeOffset>(at, $"expected an ISO 8601 date-time such as \"2026-10-01T09:00:00Z\", found {Describe(v)}");

    private string[] Strings(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            Dropped(at, $"expected an array of strings, found {Describe(v)}");
            return [];
        }

        var values = new List<string>();
        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            if (String(e, $"{at}[{i++}]") is { } s && !values.Contains(s))
            {
                values.Add(s.Trim());
            }
        }

        return [.. values];
    }

    private ItemLink[] Links(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            Dropped(at, $"expected an array of {{\"kind\", \"target\"}} objects, found {Describe(v)}");
            return [];
        }

        var links = new List<ItemLink>();
        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            var here = $"{at}[{i++}]";
            if (e.ValueKind != JsonValueKind.Object)
            {
                Dropped(here, $"expected a {{\"kind\", \"target\"}} object, found {Describe(e)}");
                continue;
            }

            string? kind = null;
            string? target = null;
            foreach (var p in e.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "kind": kind = String(p.Value, $"{here}.kind"); break;
                    case "target": target = String(p.Value, $"{here}.target"); break;
                    default: Unknown("link", p.Name, $"{here}.{p.Name}", "kind, target"); break;
                }
            }

            if (kind is null || target is null)
            {
                Dropped(here, "a link needs both \"kind\" and \"target\"");
                continue;
            }

            links.Add(new ItemLink(kind.Trim().ToLowerInvariant(), target.Trim()));
        }

        return [.. links.Distinct()];
    }

    private WsjfInputs? Wsjf(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            Dropped(at, $"expected an object with business_value, time_criticality, risk_reduction, job_size, found {Describe(v)}");
            return null;
        }

        var w = new WsjfInputs(null, null, null, null);
        foreach (var p in v.EnumerateObject())
        {
            var here = $"{at}.{p.Name}";
            if (p.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (p.Name)
            {
                case "business_value": w = w with { BusinessValue = Number(p.Value, here) }; break;
                case "time_criticality": w = w with { TimeCriticality = Number(p.Value, here) }; break;
                case "risk_reduction": w = w with { RiskReduction = Number(p.Value, here) }; break;
                case "job_size": w = w with { JobSize = Number(p.Value, here) }; break;
                default: Unknown("wsjf", p.Name, here, "business_value, time_criticality, risk_reduction, job_size"); break;
            }
        }

        return w;
    }

    private void Unknown(string scope, string name, string at, string expected)
    {
        if (_reportedUnknown.Add($"{scope}:{name}"))
        {
            _output.Add(ReadResult.Of(ImportDiagnostic.Warning(_at with { Path = at },
                $"{at}: unknown property \"{name}\", ignored (reported once; expected one of {expected})")));
        }
    }

    private T? Drop<T>(string at, string message)
        where T : struct
    {
        Dropped(at, message);
        return null;
    }

    private void Dropped(string at, string message) =>
        _output.Add(ReadResult.Of(ImportDiagnostic.Warning(_at with { Path = at }, $"{at}: {message}; field dropped")));

    private void Skip(string at, string message)
    {
        _skip = true;
        _output.Add(ReadResult.Of(ImportDiagnostic.Warning(_at with { Path = at }, $"{at}: {message}")));
    }
}
