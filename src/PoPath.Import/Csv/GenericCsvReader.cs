using PoPath.Core.Import;

namespace PoPath.Import.Csv;

/// <summary>Reads a delimited file with a header row whose columns are matched by name (format <c>csv</c>).</summary>
/// <remarks>The accepted column names are listed in docs/formats/csv.md.</remarks>
public sealed class GenericCsvReader(ImportOptions? options = null) : IBacklogReader
{
    public const string FormatId = "csv";

    private readonly CsvBacklogEngine _engine = new(new Dialect(), options ?? ImportOptions.Default);

    public string Format => FormatId;

    public IAsyncEnumerable<ReadResult> ReadAsync(Stream input, string sourceName, CancellationToken cancellationToken = default) =>
        _engine.ReadAsync(input, sourceName, cancellationToken);

    private sealed class Dialect : ICsvDialect
    {
        public string Format => FormatId;

        public bool RankIsText => false;

        public bool TryBind(string header, out CsvColumn column, out string? linkKind)
        {
            linkKind = null;
            return CsvColumnAliases.TryResolve(header, out column);
        }
    }
}
