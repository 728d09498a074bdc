using PoPath.Core.Model;

namespace PoPath.Core.Readiness.StoryRules;

/// <summary>Unique (QUS): no two stories have the same role and means, or the same title.</summary>
public sealed class UniqueRule : IStoryRule
{
    public string Id => "unique";

    public void Check(IReadOnlyList<ItemContext> items, Action<int, Finding> sink)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var ctx = items[i];
            var s = ctx.Text.Story;
            string key;
            Evidence evidence;
            if (s.Means is { } means)
            {
                key = Normalise((s.Role?.Value ?? "") + "|" + means.Value);
                evidence = means.ToEvidence();
            }
            else if (ctx.Text.Field(ItemFields.Title) is { } title)
            {
                key = "title|" + Normalise(title.Text);
                evidence = Evidence.Span(title.Name, title.Text, 0, title.Text.Length);
            }
            else
            {
                continue;
            }

            if (key.Length < 8)
            {
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                sink(i, new Finding("unique", $"Duplicate of {items[first].Item.Id}: the same role and request. Remove one or tell them apart.", [evidence]));
            }
            else
            {
                seen[key] = i;
            }
        }
    }

    private static string Normalise(string s)
    {
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c) || c == '|')
            {
                buffer[n++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (!space && n > 0)
            {
                buffer[n++] = ' ';
                space = true;
            }
        }

        return new string(buffer[..n]).Trim();
    }
}
