using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Core.History;

/// <summary>One result of a streaming history reader: an item, a sprint, an event, or a diagnostic.</summary>
/// <remarks>Exactly one member is set. An <see cref="DiagnosticSeverity.Error"/> diagnostic ends the stream.</remarks>
public readonly record struct HistoryRecord
{
    public BacklogItem? Item { get; private init; }
    public Sprint? Sprint { get; private init; }
    public ItemEvent? Event { get; private init; }
    public ImportDiagnostic? Diagnostic { get; private init; }

    public static HistoryRecord Of(BacklogItem item) => new() { Item = item };

    public static HistoryRecord Of(Sprint sprint) => new() { Sprint = sprint };

    public static HistoryRecord Of(ItemEvent itemEvent) => new() { Event = itemEvent };

    public static HistoryRecord Of(ImportDiagnostic diagnostic) => new() { Diagnostic = diagnostic };
}
