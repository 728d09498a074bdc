using PoPath.Core.Model;

namespace PoPath.Core.Import;

/// <summary>One result of a streaming reader: an item, or a diagnostic about a row.</summary>
/// <remarks>Expected failures are values, not exceptions. An <see cref="DiagnosticSeverity.Error"/> diagnostic ends the stream.</remarks>
public readonly record struct ReadResult
{
    public BacklogItem? Item { get; private init; }
    public ImportDiagnostic? Diagnostic { get; private init; }

    public static ReadResult Of(BacklogItem item) => new() { Item = item };

    public static ReadResult Of(ImportDiagnostic diagnostic) => new() { Diagnostic = diagnostic };
}
