using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Core.History;

/// <summary>A backlog with its history as read from one input (a file or a folder): items, sprints, events and diagnostics.</summary>
/// <remarks>
/// When any diagnostic is an error the history is <see cref="Failed"/> and holds no items, sprints or events: an import
/// lands whole or not at all. Events are ordered by time, then by item, then in source order.
/// </remarks>
public sealed record BacklogHistory(
    string Source,
    string Format,
    IReadOnlyList<BacklogItem> Items,
    IReadOnlyList<Sprint> Sprints,
    IReadOnlyList<ItemEvent> Events,
    IReadOnlyList<ImportDiagnostic> Diagnostics)
{
    /// <summary>True when an error made the input unusable.</summary>
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The items as a <see cref="Backlog"/>, for the readiness check.</summary>
    public Backlog ToBacklog() => new(Source, Format, Items, Diagnostics);
}
