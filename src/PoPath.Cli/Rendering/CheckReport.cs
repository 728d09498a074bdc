using PoPath.Core.Import;
using PoPath.Core.Readiness;

namespace PoPath.Cli.Rendering;

/// <summary>What every renderer of <c>popath check</c> gets: the run, where it came from, and what the reader said.</summary>
/// <param name="Top">How many top items the gap profile covers and the table and Markdown list.</param>
internal sealed record CheckReport(CheckRun Run, string Source, string Format, IReadOnlyList<ImportDiagnostic> Diagnostics, int Top);
