namespace PoPath.Import.Csv;

/// <summary>A header row bound to fields: for each field, its columns left to right.</summary>
internal sealed class ColumnMap
{
    private static readonly int ColumnCount = Enum.GetValues<CsvColumn>().Length;

    private readonly ColumnBinding[][] _byColumn;

    private ColumnMap(string[] headers, ColumnBinding[][] byColumn, IReadOnlyList<string> unknown)
    {
        Headers = headers;
        _byColumn = byColumn;
        Unknown = unknown;
    }

    public string[] Headers { get; }

    /// <summary>Non-blank header cells the format does not read, in file order.</summary>
    public IReadOnlyList<string> Unknown { get; }

    public bool IsEmpty => _byColumn.All(b => b.Length == 0);

    public static ColumnMap Bind(string[] headers, ICsvDialect dialect)
    {
        var lists = new List<ColumnBinding>[ColumnCount];
        var unknown = new List<string>();
        for (var i = 0; i < headers.Length; i++)
        {
            var header = headers[i].Trim();
            if (header.Length == 0)
            {
                continue;
            }

            if (dialect.TryBind(header, out var column, out var kind))
            {
                (lists[(int)column] ??= []).Add(new ColumnBinding(i, column, header, kind));
            }
            else
            {
                unknown.Add(header);
            }
        }

        return new ColumnMap(headers, [.. lists.Select(l => l?.ToArray() ?? [])], unknown);
    }

    /// <summary>The columns bound to <paramref name="column"/>, left to right.</summary>
    public ReadOnlySpan<ColumnBinding> Of(CsvColumn column) => _byColumn[(int)column];

    public bool Has(CsvColumn column) => _byColumn[(int)column].Length > 0;

    /// <summary>"A, B (×3), C" for the unknown columns.</summary>
    public string DescribeUnknown() =>
        string.Join(", ", Unknown.GroupBy(h => h, StringComparer.Ordinal).Select(g => g.Count() > 1 ? $"{g.Key} (×{g.Count()})" : g.Key));
}
