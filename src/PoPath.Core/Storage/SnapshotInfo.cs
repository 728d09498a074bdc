using PoPath.Core.Import;

namespace PoPath.Core.Storage;

/// <summary>One import of a backlog into a workspace; immutable once written.</summary>
/// <param name="Number">1 for a workspace's first snapshot, then one more per import.</param>
/// <param name="Source">The file or source the backlog came from.</param>
/// <param name="Format">The reader's format id.</param>
/// <param name="Diagnostics">What the reader reported (warnings only: a failed load is never stored).</param>
/// <param name="TopAverageScore">Mean score of the gap profile's top items at import time.</param>
/// <param name="Passing">Items that passed the practical test at import time.</param>
/// <param name="Sprints">Sprints stored with the snapshot's history (0 for a backlog-only import).</param>
/// <param name="Events">Item events stored with the snapshot's history.</param>
public sealed record SnapshotInfo(
    string Workspace,
    int Number,
    string Source,
    string Format,
    DateTimeOffset ImportedAt,
    int ItemCount,
    IReadOnlyList<ImportDiagnostic> Diagnostics,
    double AverageScore,
    double TopAverageScore,
    int Passing,
    int Sprints = 0,
    int Events = 0);
