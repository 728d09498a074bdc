using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PoPath.Core.Yaml;

/// <summary>Typed reads from a YAML (or JSON) document's node tree, reporting every problem with its line and field path.</summary>
/// <remarks>
/// The representation model keeps each node's position, which gives errors a line number; YAML 1.2 flow syntax covers
/// JSON, so one reader serves both forms of the profile. Aliases are not expanded (a node is shared), and callers cap
/// list lengths, so a hostile file cannot make the reader hang.
/// </remarks>
internal static class YamlFields
{
    /// <summary>The root node of the first document, or null with an error when the text is not YAML/JSON or is empty.</summary>
    public static YamlNode? Parse(string text, YamlErrors errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add(null, "", "the file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(null, "", $"line {e.Start.Line}: not valid YAML or JSON: {e.Message}");
            return null;
        }
    }

    public static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode s && s.Style is ScalarStyle.Plain or ScalarStyle.Any && s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public static YamlMappingNode? Map(YamlNode? node, string path, YamlErrors errors)
    {
        if (node is YamlMappingNode m)
        {
            return m;
        }

        errors.Add(node, path, $"expected a mapping of fields, got {Describe(node)}");
        return null;
    }

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    public static bool Has(YamlMappingNode map, string key) => Get(map, key) is not null;

    /// <summary>Reports keys not in <paramref name="known"/>, suggesting the nearest known one.</summary>
    public static void NoUnknown(YamlMappingNode map, string path, IReadOnlyList<string> known, YamlErrors errors)
    {
        foreach (var (k, _) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                var near = Nearest(key, known);
                var hint = near is null ? $"expected one of {string.Join(", ", known)}" : $"did you mean '{near}'?";
                errors.Add(k, Join(path, key), $"unknown field; {hint}");
            }
        }
    }

    public static string? String(YamlMappingNode map, string key, string path, YamlErrors errors, bool required)
    {
        var node = Get(map, key);
        var at = Join(path, key);
        if (IsNull(node))
        {
            if (required)
            {
                errors.Add(node ?? map, at, "missing; expected text");
            }

            return null;
        }

        if (node is YamlScalarNode s)
        {
            return s.Value!.Trim();
        }

        errors.Add(node, at, $"expected text, got {Describe(node)}");
        return null;
    }

    public static bool? Bool(YamlMappingNode map, string key, string path, YamlErrors errors, bool required)
    {
        var node = Get(map, key);
        var at = Join(path, key);
        if (IsNull(node))
        {
            if (required)
            {
                errors.Add(node ?? map, at, "missing; expected true or false");
            }

            return null;
        }

        if (node is YamlScalarNode s && s.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            if (string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(s.Value, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        errors.Add(node, at, $"expected true or false, got {Describe(node)}");
        return null;
    }

    public static double? Number(YamlMappingNode map, string key, string path, YamlErrors errors, bool required, double min, double max)
    {
        var node = Get(map, key);
        var at = Join(path, key);
        if (IsNull(node))
        {
            if (required)
            {
                errors.Add(node ?? map, at, $"missing; expected a number from {min} to {max}");
            }

            return null;
        }

        if (node is YamlScalarNode s && s.Style is ScalarStyle.Plain or ScalarStyle.Any
            && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            if (d >= min && d <= max)
            {
                return d;
            }

            errors.Add(node, at, $"expected a number from {min} to {max}, got {s.Value}");
            return null;
        }

        errors.Add(node, at, $"expected a number from {min} to {max}, got {Describe(node)}");
        return null;
    }

    public static DateOnly? Date(YamlMappingNode map, string key, string path, YamlErrors errors, bool required)
    {
        var text = String(map, key, path, errors, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Get(map, key), Join(path, key), $"expected a date as yyyy-MM-dd, got '{text}'");
        return null;
    }

    /// <summary>A list of text values (a missing or null list is empty unless required).</summary>
    public static IReadOnlyList<(string Value, YamlNode Node)>? Strings(YamlMappingNode map, string key, string path, YamlErrors errors, bool required, int maxCount)
    {
        var node = Get(map, key);
        var at = Join(path, key);
        if (IsNull(node))
        {
            if (required)
            {
                errors.Add(node ?? map, at, "missing; expected a list (use [] for none)");
                return null;
            }

            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            errors.Add(node, at, $"expected a list, got {Describe(node)}");
            return null;
        }

        if (seq.Children.Count > maxCount)
        {
            errors.Add(node, at, $"at most {maxCount} entries, got {seq.Children.Count}");
            return null;
        }

        var result = new List<(string, YamlNode)>(seq.Children.Count);
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlScalarNode s && !IsNull(s) && !string.IsNullOrWhiteSpace(s.Value))
            {
                result.Add((s.Value!.Trim(), s));
            }
            else
            {
                errors.Add(seq.Children[i], $"{at}[{i}]", $"expected text, got {Describe(seq.Children[i])}");
            }
        }

        return result;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Describe(YamlNode? node) => node switch
    {
        null => "nothing",
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => $"'{Clip(s.Value ?? "")}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>The known word within edit distance 2 of <paramref name="word"/>, if any (for "did you mean").</summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var k in known)
        {
            var d = Distance(word.ToLowerInvariant(), k.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = k;
                bestDistance = d;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 64 || b.Length > 64)
        {
            return 99;
        }

        return Text.EditDistance.Levenshtein(a, b);
    }
}
