namespace PoPath.Web.Api;

// The JSON API's shapes (snake_case on the wire). Element and status ids are the stable names of DESIGN §7.
#pragma warning disable CA1812 // Serialized only.

internal sealed record WorkspaceDto(string Name, string Role, int Snapshots, SnapshotDto? Latest);

internal sealed record SnapshotDto(int Number, string Source, string Format, DateTimeOffset ImportedAt, int ItemCount, int Warnings, double AverageScore, double TopAverageScore, int Passing, int Sprints, int Events);

internal sealed record ItemSummaryDto(int Ordinal, string Id, string Title, int Rank, int Score, IReadOnlyDictionary<string, string> Elements);

internal sealed record ItemPageDto(SnapshotDto Snapshot, int Total, int Page, int Pages, IReadOnlyList<ItemSummaryDto> Items);

internal sealed record EvidenceDto(string Field, int Start, int End, string Text);

internal sealed record VerdictDto(string Status, string Reason, IReadOnlyList<EvidenceDto> Evidence, PoAnswerDto? PoAnswer);

internal sealed record PoAnswerDto(string Text, string By, DateTimeOffset At);

internal sealed record ItemDto(int Ordinal, string Id, string Title, string? Description, string? AcceptanceCriteria, int Rank, int Score, IReadOnlyDictionary<string, VerdictDto> Elements, IReadOnlyList<string> Questions);
