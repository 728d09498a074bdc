using System.Globalization;
using PoPath.Core.History;
using PoPath.Import.Json;

namespace PoPath.Import.Jira;

/// <summary>The sprint string older Jira Server versions return: <c>com.atlassian.greenhopper.service.sprint.Sprint@57910277[id=29200,…,name=…,startDate=…]</c>.</summary>
internal static class LegacySprint
{
    public static Sprint? Parse(string? text)
    {
        var open = text?.IndexOf('[', StringComparison.Ordinal) ?? -1;
        if (text is null || open < 0 || !text.EndsWith(']'))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text[(open + 1)..^1].Split(','))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values[pair[..eq]] = pair[(eq + 1)..];
            }
        }

        if (!values.TryGetValue("id", out var id) || !values.TryGetValue("name", out var name))
        {
            return null;
        }

        return new Sprint
        {
            Id = id.ToString(CultureInfo.InvariantCulture),
            Name = name,
            Start = JsonValues.ParseTime(Value(values, "startDate")),
            End = JsonValues.ParseTime(Value(values, "endDate")),
            Completed = JsonValues.ParseTime(Value(values, "completeDate")),
            State = JiraHistoryReader.StateOf(Value(values, "state")),
            Goal = Value(values, "goal"),
        };
    }

    private static string? Value(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var v) && v != "<null>" && v.Length > 0 ? v : null;
}
