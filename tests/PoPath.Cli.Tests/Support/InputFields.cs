using System.Globalization;
using System.Text;
using CsvHelper;

namespace PoPath.Cli.Tests.Support;

/// <summary>The free-text fields of an input as the importer keeps them, by item id and evidence field name, read independently of PoPath.</summary>
internal static class InputFields
{
    /// <summary>Reads a CSV with CsvHelper; cells are trimmed, as the importer trims them.</summary>
    /// <param name="columns">Evidence field name → CSV header.</param>
    public static Dictionary<string, Dictionary<string, string>> FromCsv(string path, string idColumn, IReadOnlyDictionary<string, string> columns)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        while (csv.Read())
        {
            rows[csv.GetField(idColumn)!.Trim()] = columns.ToDictionary(c => c.Key, c => csv.GetField(c.Value)!.Trim(), StringComparer.Ordinal);
        }

        return rows;
    }

    /// <summary>
    /// One story per line, ids <c>L&lt;line&gt;</c>, the trimmed line as title. A file that is not valid UTF-8 (the importer
    /// then reads Windows-1252 from the first bad byte on) keeps only its pure-ASCII lines, which read the same either way.
    /// </summary>
    public static Dictionary<string, Dictionary<string, string>> FromStoryLines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        var asciiOnly = false;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.UTF8.GetString(bytes);
            asciiOnly = true;
        }

        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var title = lines[i].Trim();
            if (title.Length > 0 && (!asciiOnly || title.All(char.IsAscii)))
            {
                rows["L" + (i + 1).ToString(CultureInfo.InvariantCulture)] = new(StringComparer.Ordinal) { ["title"] = title };
            }
        }

        return rows;
    }
}
