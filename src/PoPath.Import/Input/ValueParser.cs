using System.Globalization;

namespace PoPath.Import.Input;

/// <summary>Parses the numbers and dates that backlog exports write, culture-independently.</summary>
internal static class ValueParser
{
    /// <summary>The accepted date and date-time forms; a time without an offset is taken as UTC.</summary>
    /// <remarks>Slash dates with a numeric month are read US-style (month first), as Jira and Excel write them in English.</remarks>
    public static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd H:mm",
        "yyyy-MM-dd",
        "yyyy/MM/dd H:mm",
        "yyyy/MM/dd",
        "d/MMM/yy h:mm tt",
        "d/MMM/yy H:mm",
        "d/MMM/yyyy h:mm tt",
        "d/MMM/yyyy H:mm",
        "d/MMM/yy",
        "d/MMM/yyyy",
        "M/d/yyyy h:mm tt",
        "M/d/yyyy H:mm",
        "M/d/yyyy H:mm:ss",
        "M/d/yyyy",
        "d.M.yyyy H:mm",
        "d.M.yyyy",
        "d MMM yyyy",
        "MMM d, yyyy",
    ];

    /// <summary>Parses a finite number: invariant form, or a decimal comma as European spreadsheets write it.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var s = text.AsSpan().Trim();
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        if (s.Count(',') == 1 && !s.Contains('.'))
        {
            Span<char> copy = stackalloc char[Math.Min(s.Length, 64)];
            if (s.Length <= copy.Length)
            {
                s.CopyTo(copy);
                copy[s.IndexOf(',')] = '.';
                return double.TryParse(copy[..s.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
            }
        }

        value = 0;
        return false;
    }

    public static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text.Trim(), DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);

    /// <summary>Parses a date, or a date-time whose calendar date (in its own offset) is taken.</summary>
    public static bool TryParseDate(string text, out DateOnly value)
    {
        if (TryParseDateTime(text, out var dt))
        {
            value = DateOnly.FromDateTime(dt.DateTime);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A short, quoted rendering of a value for messages.</summary>
    public static string Quote(string value)
    {
        const int Max = 40;
        var s = value.Length > Max ? string.Concat(value.AsSpan(0, Max), "…") : value;
        return $"\"{s.ReplaceLineEndings(" ")}\"";
    }
}
