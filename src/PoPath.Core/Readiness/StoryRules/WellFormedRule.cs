using PoPath.Core.Model;

namespace PoPath.Core.Readiness.StoryRules;

/// <summary>Well-formed (QUS): a user story has at least a role and a means.</summary>
/// <remarks>Applied to items written as stories, and — when most of the backlog is stories — to the other story-type items too.</remarks>
public sealed partial class WellFormedRule : IStoryRule
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*as\s+(?:an?|the)\s+[^,.;:]{2,60},", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RoleOnly();

    public string Id => "well-formed";

    public void Check(IReadOnlyList<ItemContext> items, Action<int, Finding> sink)
    {
        var stories = items.Count(c => c.Text.Story.IsStory);
        var mostlyStories = items.Count > 0 && stories * 2 >= items.Count;
        for (var i = 0; i < items.Count; i++)
        {
            var ctx = items[i];
            var s = ctx.Text.Story;
            if (s.IsStory)
            {
                if (!s.HasRole && s.MeansIndicator is { } mi)
                {
                    sink(i, new Finding("well-formed.no-role", "Add for whom this story is: \"As a ‹role›, …\"", [mi.ToEvidence()]));
                }

                if (s.Role is { } role && !s.HasMeans)
                {
                    sink(i, new Finding("well-formed.no-means", "Add what the role wants to achieve: \"I want …\"", [role.ToEvidence()]));
                }
            }
            else if (ctx.Text.Field(ItemFields.Title) is { } asTitle && RoleOnly().Match(asTitle.Text) is { Success: true } r)
            {
                // "As a controller, export invoices": a role, but no "I want …".
                sink(i, new Finding("well-formed.no-means", "Add what the role wants to achieve: \"I want …\"",
                    [Evidence.Span(asTitle.Name, asTitle.Text, r.Index, r.Index + r.Length)]));
            }
            else if (mostlyStories && ctx.Item.Type is null or "story" or "Story" or "user story" && ctx.Text.Field(ItemFields.Title) is { } title)
            {
                sink(i, new Finding("well-formed.no-role", "Most items are user stories; this one names no role: \"As a ‹role›, …\"",
                    [Evidence.Span(title.Name, title.Text, 0, Math.Min(title.Text.Length, 80))]));
            }
        }
    }
}
