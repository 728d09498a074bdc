namespace PoPath.Import.Csv;

/// <summary>What differs between CSV-based formats: the format id, how headers bind, how ranks compare.</summary>
internal interface ICsvDialect
{
    string Format { get; }

    /// <summary>True when rank cells are compared as text (ordinal, e.g. Jira's LexoRank) rather than as numbers.</summary>
    bool RankIsText { get; }

    /// <summary>Binds one header cell to a field; false for a column this format does not read.</summary>
    bool TryBind(string header, out CsvColumn column, out string? linkKind);
}
