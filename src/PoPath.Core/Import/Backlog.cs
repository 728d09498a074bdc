using PoPath.Core.Model;

namespace PoPath.Core.Import;

/// <summary>A whole backlog as read from one input: its items in rank order and every diagnostic.</summary>
public sealed record Backlog(string Source, string Format, IReadOnlyList<BacklogItem> Items, IReadOnlyList<ImportDiagnostic> Diagnostics)
{
    /// <summary>True when an error made the input unusable.</summary>
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
