using PoPath.Core.Model;

namespace PoPath.Core.Import;

/// <summary>A problem found while reading an input, with where it is and what was expected.</summary>
public sealed record ImportDiagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public static ImportDiagnostic Error(SourceLocation at, string message) => new(DiagnosticSeverity.Error, at, message);

    public static ImportDiagnostic Warning(SourceLocation at, string message) => new(DiagnosticSeverity.Warning, at, message);

    public override string ToString() =>
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
