namespace PoPath.Import.Csv;

/// <summary>One parsed CSV record and the physical line it starts on.</summary>
internal readonly record struct CsvRecord(string[] Fields, int Line);
