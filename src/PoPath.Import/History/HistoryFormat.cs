using PoPath.Core.History;

namespace PoPath.Import.History;

/// <summary>A history format: its stable id, how auto-detection recognises it, and its reader.</summary>
/// <param name="Id">The stable id (<c>jira-json</c>, <c>ado-json</c>, <c>github-json</c>, <c>linear-csv</c>).</param>
/// <param name="Description">One line for help texts and error messages.</param>
/// <param name="Family">Which sniff tests it.</param>
/// <param name="Recognises">True when the sniffed input is of this format.</param>
/// <param name="CreateReader">Makes a reader with the given limits; one reader reads all files of one import.</param>
public sealed record HistoryFormat(
    string Id,
    string Description,
    FormatFamily Family,
    Func<FormatSniff, bool> Recognises,
    Func<ImportOptions, IHistoryReader> CreateReader);
