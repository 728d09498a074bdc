using PoPath.Core.Import;
using PoPath.Core.Insights;

namespace PoPath.Import.Feedback;

/// <summary>What <see cref="FeedbackReader"/> read: the entries that are valid and a diagnostic for every row or field that was not.</summary>
public sealed record FeedbackFile(string Name, IReadOnlyList<FeedbackEntry> Entries, IReadOnlyList<ImportDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
