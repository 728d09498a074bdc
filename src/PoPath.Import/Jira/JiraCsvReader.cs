using PoPath.Core.Import;
using PoPath.Import.Csv;

namespace PoPath.Import.Jira;

/// <summary>Reads Jira's CSV export (format <c>jira-csv</c>): repeated columns, custom fields, link columns and LexoRank order.</summary>
/// <remarks>docs/formats/jira-csv.md describes the columns read.</remarks>
public sealed class JiraCsvReader(ImportOptions? options = null) : IBacklogReader
{
    public const string FormatId = "jira-csv";

    private readonly CsvBacklogEngine _engine = new(new Dialect(), options ?? ImportOptions.Default);

    public string Format => FormatId;

    public IAsyncEnumerable<ReadResult> ReadAsync(Stream input, string sourceName, CancellationToken cancellationToken = default) =>
        _engine.ReadAsync(input, sourceName, cancellationToken);

    /// <summary>The text inside <c>Prefix (…)</c>, or null when <paramref name="header"/> is not of that shape.</summary>
    internal static string? Inner(string header, string prefix)
    {
        var h = header.AsSpan().Trim();
        return h.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && h.EndsWith(')') && h.Length > prefix.Length + 1
            ? h[prefix.Length..^1].Trim().ToString()
            : null;
    }

    private sealed class Dialect : ICsvDialect
    {
        public string Format => FormatId;

        // Jira's Rank is a LexoRank string ("0|i000ct:"): its ordinal order is the board order.
        public bool RankIsText => true;

        public bool TryBind(string header, out CsvColumn column, out string? linkKind)
        {
            linkKind = null;
            if (Inner(header, "Custom field (") is { } custom)
            {
                return CsvColumnAliases.TryResolve(custom, out column);
            }

            var outward = Inner(header, "Outward issue link (");
            var inward = outward is null ? Inner(header, "Inward issue link (") : null;
            if ((outward ?? inward) is { } type)
            {
                column = CsvColumn.TypedLink;
                linkKind = JiraLinkKinds.For(type, outward is not null);
                return true;
            }

            return CsvColumnAliases.TryResolve(header, out column);
        }
    }
}
