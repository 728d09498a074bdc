namespace PoPath.Import.Csv;

/// <summary>Small scans over raw CSV text that CsvHelper does not expose.</summary>
internal static class CsvText
{
    /// <summary>The delimiters detected, in order of preference on a tie.</summary>
    public static readonly char[] Delimiters = [',', ';', '\t', '|'];

    /// <summary>The delimiter occurring most often outside quotes in the first line of <paramref name="text"/>, <c>,</c> when none does.</summary>
    public static char DetectDelimiter(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[Delimiters.Length];
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                break;
            }
            else if (!inQuotes && Delimiters.AsSpan().IndexOf(c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Delimiters[best];
    }

    /// <summary>The number of line breaks (<c>\r\n</c>, <c>\r</c> or <c>\n</c>) in <paramref name="text"/>.</summary>
    public static int LineBreaks(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\r', '\n') < 0)
        {
            return 0;
        }

        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The 0-based field index at <paramref name="offset"/> of a raw record: delimiters outside quotes before it.</summary>
    public static int FieldIndexAt(ReadOnlySpan<char> rawRecord, int offset, char delimiter)
    {
        var inQuotes = false;
        var index = 0;
        foreach (var c in rawRecord[..offset])
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == delimiter && !inQuotes)
            {
                index++;
            }
        }

        return index;
    }

    /// <summary>True when a raw quoted field (starting with <c>"</c>) has a closing quote.</summary>
    public static bool IsClosed(ReadOnlySpan<char> rawField)
    {
        for (var i = 1; i < rawField.Length; i++)
        {
            if (rawField[i] == '"')
            {
                if (i + 1 < rawField.Length && rawField[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a header line (as sniffed) into trimmed cells, honouring quotes.</summary>
    public static IReadOnlyList<string> SplitHeader(ReadOnlySpan<char> text, char delimiter)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                if (inQuotes && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = !inQuotes;
                }
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                break;
            }
            else if (!inQuotes && c == delimiter)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
