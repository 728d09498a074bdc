namespace PoPath.Core.Import;

/// <summary>How bad an import diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A row or field was skipped or repaired; the rest of the input is analysed.</summary>
    Warning,

    /// <summary>The input cannot be read; nothing from it is used.</summary>
    Error,
}
