using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.History;
using PoPath.Import.Json;

namespace PoPath.Import.Jira;

/// <summary>Reads Jira REST JSON: issues (search results, single issues), changelog pages, bulk changelogs, Agile sprints and the field list.</summary>
/// <remarks>
/// Every element is recognised by its shape, so one reader takes any of these files in any mix (the files of a
/// folder are fed to one instance: field list and sprints first). Also reads Apache DevLake's raw-table CSVs, whose
/// <c>data</c> column holds the same JSON. Custom fields are found through <see cref="JiraFieldMap"/>, never by id.
/// </remarks>
public sealed partial class JiraHistoryReader(ImportOptions options) : IHistoryReader, IHistoryFinisher
{
    /// <summary>The format id.</summary>
    public const string FormatId = "jira-json";

    private static readonly HashSet<string> Streamed = new(["issues", "values", "issueChangeLogs"], StringComparer.Ordinal);

    private readonly JiraFieldMap _fields = new();
    private readonly Dictionary<string, Sprint> _sprints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Name, SourceLocation At)> _unknownSprints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyOfId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rank = new(StringComparer.Ordinal);
    // Jira history ids are unique per site: numeric ones are kept as numbers, so the set stays small.
    private readonly HashSet<long> _historyIds = [];
    private readonly HashSet<string> _otherHistoryIds = new(StringComparer.Ordinal);
    private readonly List<(string IssueId, JsonElement Histories, SourceLocation At)> _unresolved = [];

    public JiraHistoryReader()
        : this(ImportOptions.Default)
    {
    }

    public string Format => FormatId;

    public async IAsyncEnumerable<HistoryRecord> ReadAsync(Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffered = input.CanSeek ? input : new BufferedStream(input, 64 * 1024);
        if (await DevLakeCsv.IsDevLakeAsync(buffered, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var r in DevLakeCsv.ReadAsync(this, buffered, sourceName, cancellationToken).ConfigureAwait(false))
            {
                yield return r;
            }

            yield break;
        }

        var context = new Context(sourceName, IssueKeyFromFileName(sourceName));
        var root = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var streamedAny = false;
        await foreach (var part in JsonStream.ReadAsync(buffered, Streamed, options.HardLimit, cancellationToken).ConfigureAwait(false))
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
                foreach (var r in Element(part.Value, at, context))
                {
                    yield return r;
                    if (r.Diagnostic?.Severity == DiagnosticSeverity.Error)
                    {
                        yield break;
                    }
                }

                continue;
            }

            if (part.Property is null)
            {
                continue;
            }

            root[part.Property] = part.Value;
            if (part.Property == "names" && part.Value.ValueKind == JsonValueKind.Object)
            {
                _fields.LearnNames(part.Value);
            }
            else if (part.Property is "issueKey" or "key" && part.Value.ValueKind == JsonValueKind.String)
            {
                context = context with { IssueKey = part.Value.GetString() };
            }
        }

        if (!streamedAny && root.Count > 0)
        {
            foreach (var r in Element(Rebuild(root), new SourceLocation(sourceName, 1, null, "$"), context))
            {
                yield return r;
            }
        }
    }

    IEnumerable<HistoryRecord> IHistoryFinisher.Finish(string sourceName)
    {
        foreach (var (issueId, histories, at) in _unresolved)
        {
            if (_keyOfId.TryGetValue(issueId, out var key))
            {
                foreach (var r in Histories(key, histories, at))
                {
                    yield return r;
                }
            }
            else
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"changelog of issue id {issueId}, which is not among the issues read; its events are skipped (add the issue JSON to the import)"));
            }
        }

        _unresolved.Clear();
        foreach (var (id, (name, at)) in _unknownSprints.Where(s => !_sprints.ContainsKey(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, $"the changelog refers to sprint {id} ({name ?? "no name"}), which no sprint data describes; its dates and state are unknown"));
            yield return HistoryRecord.Of(new Sprint { Id = id, Name = name ?? id, Inferred = true });
        }
    }

    IComparable? IHistoryFinisher.OrderKeyOf(string itemId) => _rank.GetValueOrDefault(itemId);

    internal IEnumerable<HistoryRecord> Element(JsonElement e, SourceLocation at, Context context)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return [HistoryRecord.Of(ImportDiagnostic.Warning(at, $"expected an object (an issue, changelog history, sprint or field), found {e.ValueKind.ToString().ToLowerInvariant()}; skipped"))];
        }

        if (e.TryGetProperty("fields", out _) && e.TryGetProperty("key", out _))
        {
            return Issue(e, at);
        }

        if (e.Prop("changeHistories") is { } bulk && e.Str("issueId") is { } issueId)
        {
            if (_keyOfId.TryGetValue(issueId, out var key))
            {
                return Histories(key, bulk, at);
            }

            _unresolved.Add((issueId, bulk, at));
            return [];
        }

        if (e.TryGetProperty("items", out _) && e.TryGetProperty("created", out _))
        {
            var key = context.IssueKey is { } k ? _keyOfId.GetValueOrDefault(k, k) : null;
            return key is null
                ? [HistoryRecord.Of(ImportDiagnostic.Warning(at, "a changelog history without its issue: name the file <ISSUE-KEY>.changelog.json or add \"issueKey\"; skipped"))]
                : History(key, e, at, -1);
        }

        if (e.TryGetProperty("schema", out _) || (e.TryGetProperty("custom", out _) && e.TryGetProperty("id", out _)))
        {
            _fields.Learn(e);
            return [];
        }

        if (e.TryGetProperty("name", out _) && (e.TryGetProperty("state", out _) || e.TryGetProperty("originBoardId", out _)))
        {
            return SprintOf(e, at) is { } s && AddSprint(s) ? [HistoryRecord.Of(s)] : [];
        }

        return [HistoryRecord.Of(ImportDiagnostic.Warning(at, "an object that is not a Jira issue (key, fields), changelog history (created, items), sprint (name, state) or field (id, name, schema); skipped"))];
    }

    internal void RememberIssueId(string id, string key) => _keyOfId.TryAdd(id, key);

    private bool AddSprint(Sprint s) => _sprints.TryAdd(s.Id, s);

    private static string? IssueKeyFromFileName(string sourceName)
    {
        var name = Path.GetFileName(sourceName);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        return IssueKeyPattern().IsMatch(stem) ? stem : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^([A-Z][A-Z0-9_]*-[0-9]+|[0-9]+)$")]
    private static partial System.Text.RegularExpressions.Regex IssueKeyPattern();

    private static JsonElement Rebuild(Dictionary<string, JsonElement> root)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var (name, value) in root)
            {
                w.WritePropertyName(name);
                value.WriteTo(w);
            }

            w.WriteEndObject();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    internal sealed record Context(string SourceName, string? IssueKey);

    private static string Quote(string s) => new StringBuilder("'").Append(s).Append('\'').ToString();
}
