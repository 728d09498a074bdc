using PoPath.Core.Model;

namespace PoPath.Core.Readiness.StoryRules;

/// <summary>Uniform (QUS): all stories use the same template; a story whose indicators differ from the most common template by more than 3 edits is flagged.</summary>
public sealed class UniformRule : IStoryRule
{
    public string Id => "uniform";

    public void Check(IReadOnlyList<ItemContext> items, Action<int, Finding> sink)
    {
        var templates = items.Select(c => c.Text.Story.IsStory ? c.Text.Story.Template : null).ToArray();
        var counted = templates.Where(t => !string.IsNullOrEmpty(t)).GroupBy(t => t!).ToList();
        if (counted.Count < 2)
        {
            return;
        }

        // The most common template; ties go to the longest (the one with an ends clause), then ordinal order.
        var common = counted.OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        if (counted.First(g => g.Key == common).Count() * 2 < templates.Count(t => !string.IsNullOrEmpty(t)))
        {
            return; // no template dominates: nothing to be uniform with
        }

        for (var i = 0; i < items.Count; i++)
        {
            var t = templates[i];
            if (string.IsNullOrEmpty(t) || t == common || Template.Prefix(common, t) || Text.EditDistance.Levenshtein(t, common) <= 3)
            {
                continue;
            }

            var s = items[i].Text.Story;
            var at = s.MeansIndicator ?? s.Role;
            if (at is { } hit)
            {
                sink(i, new Finding("uniform", $"Use the most common template: \"{Template.Render(common)}\".", [hit.ToEvidence()]));
            }
        }
    }

    private static class Template
    {
        // A story without an ends clause follows the template as far as it goes; missing "so that" is not a uniformity defect.
        // Adding the ends clause to the common template is uniform too.
        public static bool Prefix(string common, string t) =>
            common.StartsWith(t, StringComparison.Ordinal) || t.StartsWith(common + "|", StringComparison.Ordinal);

        /// <summary>"as a|i want to|so that" → "As a ‹role›, I want to ‹…›, so that ‹…›".</summary>
        public static string Render(string t)
        {
            var parts = t.Split('|');
            var rendered = new List<string>(parts.Length);
            for (var i = 0; i < parts.Length; i++)
            {
                var p = parts[i].Replace("i ", "I ", StringComparison.Ordinal);
                if (p.Length == 0)
                {
                    continue;
                }

                var slot = i == 0 && p.StartsWith("as", StringComparison.Ordinal) ? "‹role›" : "‹…›";
                rendered.Add((rendered.Count == 0 ? char.ToUpperInvariant(p[0]) + p[1..] : p) + " " + slot);
            }

            return string.Join(", ", rendered);
        }
    }
}
