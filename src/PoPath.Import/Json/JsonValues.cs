using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PoPath.Import.Json;

/// <summary>Lenient accessors for the JSON shapes trackers return (strings or numbers for ids, nested name objects).</summary>
internal static class JsonValues
{
    public static JsonElement? Prop(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    /// <summary>A string, a number as invariant text, or <c>null</c>.</summary>
    public static string? Text(this JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    public static string? Str(this JsonElement e, string name) => e.Prop(name).Text();

    /// <summary>The <c>name</c> (or <c>displayName</c>, <c>value</c>) of a nested object, or the value itself when it is text.</summary>
    public static string? NameOf(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.Object } o => o.Str("name") ?? o.Str("displayName") ?? o.Str("value") ?? o.Str("title"),
        var v => v.Text(),
    };

    /// <summary>An actor's display name, else account id, else login name.</summary>
    public static string? Actor(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.Object } o => NonEmpty(o.Str("displayName")) ?? NonEmpty(o.Str("login")) ?? NonEmpty(o.Str("name")) ?? NonEmpty(o.Str("accountId")) ?? NonEmpty(o.Str("uniqueName")),
        var v => NonEmpty(v.Text()),
    };

    public static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public static DateTimeOffset? Time(this JsonElement e, string name) => ParseTime(e.Str(name));

    public static DateTimeOffset? ParseTime(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        if (FastIso(s) is { } fast)
        {
            return fast;
        }

        // Jira writes offsets without a colon (+0800), which the round-trip pattern does not accept.
        if (s.Length > 5 && (s[^5] is '+' or '-') && char.IsAsciiDigit(s[^1]) && s[^3] != ':')
        {
            s = s[..^2] + ":" + s[^2..];
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
    }

    /// <summary>The common tracker shape <c>yyyy-MM-ddTHH:mm:ss[.f…](Z|±hh:mm|±hhmm)</c> without the general parser; <c>null</c> for anything else.</summary>
    private static DateTimeOffset? FastIso(string s)
    {
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return null;
        }

        static int D(string s, int i, int n)
        {
            var v = 0;
            for (var k = i; k < i + n; k++)
            {
                var c = s[k] - '0';
                if ((uint)c > 9)
                {
                    return -1;
                }

                v = (v * 10) + c;
            }

            return v;
        }

        int year = D(s, 0, 4), month = D(s, 5, 2), day = D(s, 8, 2), hour = D(s, 11, 2), minute = D(s, 14, 2), second = D(s, 17, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0)
        {
            return null;
        }

        var i = 19;
        long ticks = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (digits < 7)
                {
                    ticks = (ticks * 10) + (s[i] - '0');
                    digits++;
                }

                i++;
            }

            for (; digits < 7; digits++)
            {
                ticks *= 10;
            }
        }

        TimeSpan offset;
        var rest = s.Length - i;
        if (rest == 1 && s[i] is 'Z' or 'z')
        {
            offset = TimeSpan.Zero;
        }
        else if ((rest == 5 || (rest == 6 && s[i + 3] == ':')) && s[i] is '+' or '-')
        {
            var oh = D(s, i + 1, 2);
            var om = D(s, s.Length - 2, 2);
            if (oh < 0 || om < 0 || oh > 14 || om > 59)
            {
                return null;
            }

            offset = new TimeSpan(oh, om, 0) * (s[i] == '-' ? -1 : 1);
        }
        else
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
    }

    public static double? Number(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        { ValueKind: JsonValueKind.String } v when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>Plain text of a string or an Atlassian Document Format object (text nodes, paragraphs on their own lines).</summary>
    public static string? PlainText(this JsonElement? e)
    {
        if (e is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return v.GetString();
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var sb = new StringBuilder();
        AppendAdf(v, sb);
        return sb.ToString().Trim();
    }

    private static void AppendAdf(JsonElement node, StringBuilder sb)
    {
        if (node.Str("type") == "text" && node.Str("text") is { } t)
        {
            sb.Append(t);
        }

        if (node.Prop("content") is { ValueKind: JsonValueKind.Array } content)
        {
            foreach (var child in content.EnumerateArray())
            {
                AppendAdf(child, sb);
            }

            if (node.Str("type") is "paragraph" or "heading" or "listItem" or "codeBlock")
            {
                sb.Append('\n');
            }
        }
    }
}
