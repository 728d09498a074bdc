using PoPath.Core.Import;

namespace PoPath.Import;

/// <summary>A backlog format the loader can read: its stable id, how auto-detection recognises it, and its reader.</summary>
/// <param name="Id">The stable id used with <c>--format</c> (<c>csv</c>, <c>jira-csv</c> …).</param>
/// <param name="Description">One line for help texts and error messages.</param>
/// <param name="Family">Which sniff tests it.</param>
/// <param name="Recognises">True when the sniffed input is of this format; formats are asked in catalogue order.</param>
/// <param name="CreateReader">Makes a reader with the given limits.</param>
public sealed record BacklogFormat(
    string Id,
    string Description,
    FormatFamily Family,
    Func<FormatSniff, bool> Recognises,
    Func<ImportOptions, IBacklogReader> CreateReader);
