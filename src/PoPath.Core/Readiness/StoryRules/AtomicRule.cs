using System.Text.RegularExpressions;
using PoPath.Core.Model;

namespace PoPath.Core.Readiness.StoryRules;

/// <summary>Atomic (QUS): a story asks for exactly one feature; a conjunction joining two requests in the means breaks it.</summary>
public sealed partial class AtomicRule : IStoryRule
{
    public string Id => "atomic";

    // A conjunction followed by a verb-led request ("… and export them", "… or delete it").
    [GeneratedRegex(@"\s(?:and|or|&|\+|/)\s+(?:also\s+)?(?:to\s+)?(?:I\s+(?:want\s+to\s+|can\s+)?)?(?<verb>[a-z]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    public void Check(IReadOnlyList<ItemContext> items, Action<int, Finding> sink)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var s = items[i].Text.Story;
            if (s.Means is not { } means)
            {
                continue;
            }

            var text = means.Value;
            foreach (Match m in Conjunction().Matches(text))
            {
                if (Verbs.IsLikelyVerb(m.Groups["verb"].Value) && LeadsWithVerb(text))
                {
                    var start = means.Start + m.Index;
                    sink(i, new Finding("atomic", "This story asks for more than one thing; split it into one story per request.",
                        [Evidence.Span(means.Field.Name, means.Field.Text, start, start + m.Length)]));
                    break;
                }
            }
        }
    }

    private static bool LeadsWithVerb(string means)
    {
        var first = means.TrimStart().Split(' ', 2)[0];
        return Verbs.IsLikelyVerb(first);
    }
}
