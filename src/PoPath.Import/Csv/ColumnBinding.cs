namespace PoPath.Import.Csv;

/// <summary>One header cell bound to the field it fills.</summary>
/// <param name="Index">The 0-based column position.</param>
/// <param name="Column">The field it fills.</param>
/// <param name="Header">The header text, for messages.</param>
/// <param name="LinkKind">For <see cref="CsvColumn.TypedLink"/>: the link kind every key in the column gets.</param>
internal readonly record struct ColumnBinding(int Index, CsvColumn Column, string Header, string? LinkKind = null);
