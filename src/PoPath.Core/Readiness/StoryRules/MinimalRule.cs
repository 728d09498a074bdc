using System.Text.RegularExpressions;
using PoPath.Core.Model;

namespace PoPath.Core.Readiness.StoryRules;

/// <summary>Minimal (QUS): a story holds nothing more than role, means and ends — no extra sentences, brackets or repeated indicators.</summary>
public sealed partial class MinimalRule : IStoryRule
{
    public string Id => "minimal";

    [GeneratedRegex(@"(?:[.;:?!–—*]|\s-)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ExtraSentence();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:so\s+that|I\s+want)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Indicator();

    public void Check(IReadOnlyList<ItemContext> items, Action<int, Finding> sink)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var s = items[i].Text.Story;
            if (s.Role is not { } role || s.Field is not { } field)
            {
                continue;
            }

            var start = Math.Max(0, role.Start - 6);
            var end = field.Text.IndexOf('\n', start) is var nl and >= 0 ? nl : field.Text.Length;
            var story = field.Text.AsSpan(start, end - start);
            var text = story.ToString();
            if (Brackets().Match(text) is { Success: true } b)
            {
                sink(i, new Finding("minimal", "Move the bracketed text out of the story (into notes or acceptance criteria).",
                    [Evidence.Span(field.Name, field.Text, start + b.Index, start + b.Index + b.Length)]));
                continue;
            }

            if (ExtraSentence().Match(text) is { Success: true } m && m.Index + 1 < text.TrimEnd().Length - 1)
            {
                sink(i, new Finding("minimal", "The story says more than role, means and ends; move the rest into the description.",
                    [Evidence.Span(field.Name, field.Text, start + m.Index, end)]));
                continue;
            }

            var counts = Indicator().Matches(text).GroupBy(x => x.Value.ToLowerInvariant()).FirstOrDefault(g => g.Count() > 1);
            if (counts is not null)
            {
                var second = counts.Skip(1).First();
                sink(i, new Finding("minimal", $"\"{second.Value}\" appears more than once; keep one role, one means and one ends.",
                    [Evidence.Span(field.Name, field.Text, start + second.Index, start + second.Index + second.Length)]));
            }
        }
    }
}
