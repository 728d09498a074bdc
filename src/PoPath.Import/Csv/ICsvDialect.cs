namespace PoPath.Import.Csv;

/// <summary>What differs between CSV-based formats: the format id, how headers bind, how ranks compare.</summary>
internal interface ICsvDialect
{
    string Format { get; }

    /// <summary>True when rank cells that are not numbers are compared as text (ordinal, e.g. Jira's LexoRank) instead of being warned about.</summary>
    bool RankIsText { get; }

    /// <summary>Binds one header cell to a field; false for a column this format does not read.</summary>
    bool TryBind(string header, out CsvColumn column, out string? linkKind);
}
