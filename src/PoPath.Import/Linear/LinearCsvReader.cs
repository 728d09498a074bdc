using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.History;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Import.Json;

namespace PoPath.Import.Linear;

/// <summary>Reads Linear's CSV export: issues with their current cycle (the sprint), created, completed and canceled times.</summary>
/// <remarks>
/// Linear exports only the current cycle and no change history, so the events are creation and resolution
/// (completed or canceled). Cells Linear guarded against formula injection (a leading <c>'</c>) are unguarded.
/// </remarks>
public sealed class LinearCsvReader : IHistoryReader
{
    /// <summary>The format id.</summary>
    public const string FormatId = "linear-csv";

    private readonly HashSet<string> _cycles = new(StringComparer.Ordinal);

    public string Format => FormatId;

    public async IAsyncEnumerable<HistoryRecord> ReadAsync(Stream input, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = new StreamReader(input, Encoding.UTF8, true, 64 * 1024, leaveOpen: true);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        if (!await csv.ReadAsync().ConfigureAwait(false) || !csv.ReadHeader())
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Error(new SourceLocation(sourceName, 1), "the file is empty; expected Linear's CSV header (ID, Title, Status …)"));
            yield break;
        }

        var header = csv.HeaderRecord ?? [];
        string? Column(params string[] names) => names.Select(n => header.FirstOrDefault(h => h.Trim().Equals(n, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(h => h is not null);
        var id = Column("ID", "Id");
        var title = Column("Title");
        if (id is null || title is null)
        {
            yield return HistoryRecord.Of(ImportDiagnostic.Error(new SourceLocation(sourceName, 1), "expected the columns ID and Title of Linear's CSV export"));
            yield break;
        }

        string? Cell(string? column) => column is null ? null : Unguard(csv.GetField(column));
        var (status, estimate, priority, labels, creator, assignee) = (Column("Status"), Column("Estimate"), Column("Priority"), Column("Labels"), Column("Creator"), Column("Assignee"));
        var (cycleNumber, cycleName, cycleStart, cycleEnd) = (Column("Cycle Number"), Column("Cycle Name"), Column("Cycle Start"), Column("Cycle End"));
        var (created, updated, completed, canceled) = (Column("Created"), Column("Updated"), Column("Completed"), Column("Canceled"));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await csv.ReadAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = csv.Parser.RawRow;
            var at = new SourceLocation(sourceName, line);
            var key = Cell(id);
            if (string.IsNullOrWhiteSpace(key))
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Warning(at, "a row without an ID; skipped"));
                continue;
            }

            if (!seen.TryAdd(key, line))
            {
                yield return HistoryRecord.Of(ImportDiagnostic.Error(at, $"duplicate issue ID {key}: first on line {seen[key]}, again here; expected each issue once"));
                yield break;
            }

            var sprintNames = new List<string>();
            if (JsonValues.NonEmpty(Cell(cycleNumber)) is { } number)
            {
                var name = JsonValues.NonEmpty(Cell(cycleName)) ?? $"Cycle {number}";
                sprintNames.Add(name);
                if (_cycles.Add(number))
                {
                    var start = JsonValues.ParseTime(Cell(cycleStart));
                    yield return HistoryRecord.Of(new Sprint { Id = number, Name = name, Start = start, End = JsonValues.ParseTime(Cell(cycleEnd)) });
                }
            }

            var createdAt = JsonValues.ParseTime(Cell(created));
            yield return HistoryRecord.Of(new BacklogItem
            {
                Id = key,
                Title = Cell(title) ?? "",
                Description = JsonValues.NonEmpty(Cell(Column("Description"))),
                Status = JsonValues.NonEmpty(Cell(status)),
                Priority = JsonValues.NonEmpty(Cell(priority)),
                StoryPoints = double.TryParse(Cell(estimate), NumberStyles.Float, CultureInfo.InvariantCulture, out var points) ? points : null,
                Labels = Cell(labels) is { Length: > 0 } l ? [.. l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [],
                Sprints = sprintNames,
                Created = createdAt,
                Updated = JsonValues.ParseTime(Cell(updated)),
                Reporter = JsonValues.NonEmpty(Cell(creator)),
                Assignee = JsonValues.NonEmpty(Cell(assignee)),
                Source = at,
            });

            if (createdAt is { } c)
            {
                yield return HistoryRecord.Of(new ItemEvent { ItemId = key, Kind = ItemEventKind.Created, At = c, Actor = JsonValues.NonEmpty(Cell(creator)), Source = at });
            }

            if (JsonValues.ParseTime(Cell(completed)) is { } done)
            {
                yield return HistoryRecord.Of(new ItemEvent { ItemId = key, Kind = ItemEventKind.Resolved, At = done, To = "completed", Source = at });
            }
            else if (JsonValues.ParseTime(Cell(canceled)) is { } cancel)
            {
                yield return HistoryRecord.Of(new ItemEvent { ItemId = key, Kind = ItemEventKind.Resolved, At = cancel, To = "canceled", Source = at });
            }
        }
    }

    private static string? Unguard(string? cell) => cell is ['\'', .. var rest] && rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@' ? rest : cell;
}
