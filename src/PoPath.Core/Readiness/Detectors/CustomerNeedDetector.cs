using PoPath.Core.Model;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>customer_need: a specific group and their problem, need or goal, or evidence of it (DESIGN §3).</summary>
public sealed class CustomerNeedDetector : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("popath.customer-need", Element.CustomerNeed,
        "A specific customer or user group and their problem, need or goal, or evidence of it.");

    public ElementVerdict Detect(ItemContext context)
    {
        const Element E = Element.CustomerNeed;
        var text = context.Text;
        var story = text.Story;
        var lex = text.Lexicon;

        var evidence = text.Find("need.evidence").Where(h => !Verdicts.Inside(h, story.Means)).ToList();
        if (evidence.Count > 0)
        {
            return Verdicts.Present(E, "evidence of the need (feedback, tickets, interviews or measured behaviour)", evidence.Select(h => h.SentenceEvidence()));
        }

        var goals = text.Find("need.goal");
        var problems = text.Find("need.problem").Where(h => !Verdicts.Inside(h, story.Means)).ToList();

        if (story.Role is { } role)
        {
            var specific = People.IsSpecificRole(role.Value, lex);
            var hasGoal = story.HasEnds || problems.Count > 0 || goals.Any(g => !Verdicts.Inside(g, story.Means) && !Verdicts.Overlaps(g, story.MeansIndicator));
            var why = story.Ends is { } ends ? ends.ToEvidence() : problems.Count > 0 ? problems[0].SentenceEvidence() : null;
            if (specific && hasGoal)
            {
                return Verdicts.Present(E, "a specific role with a goal or problem", why is null ? [role.ToEvidence()] : [role.ToEvidence(), why]);
            }

            return specific
                ? Verdicts.Weak(E, "a role asking for a feature, with no problem or goal", role.ToEvidence())
                : Verdicts.Weak(E, "a generic role (user, customer, stakeholder)", why is null ? [role.ToEvidence()] : [role.ToEvidence(), why]);
        }

        // No story form: look for a group of people in the same sentence as a problem or goal.
        var groups = People.Groups(text, lex);
        var needCues = problems.Concat(goals).ToList();
        var specificNear = groups.Where(g => g.Specific && needCues.Any(n => n.SameSentence(g.Hit))).ToList();
        if (specificNear.Count > 0)
        {
            var g = specificNear[0].Hit;
            return Verdicts.Present(E, "a specific group with a problem or need", g.SentenceEvidence());
        }

        var genericNear = groups.Where(g => needCues.Any(n => n.SameSentence(g.Hit))).ToList();
        if (genericNear.Count > 0)
        {
            return Verdicts.Weak(E, "a need, but only a generic group has it", genericNear[0].Hit.SentenceEvidence());
        }

        if (problems.Count > 0)
        {
            return Verdicts.Weak(E, "a problem is described, but no one who has it", problems[0].SentenceEvidence());
        }

        if (goals.Count > 0)
        {
            return Verdicts.Weak(E, "a goal is stated, but no one who has it", goals[0].SentenceEvidence());
        }

        var bug = text.Find("need.bug");
        if (bug.Count > 0 || string.Equals(context.Item.Type, "bug", StringComparison.OrdinalIgnoreCase))
        {
            return bug.Count > 0
                ? Verdicts.Weak(E, "a bug report that names no affected group", bug[0].SentenceEvidence())
                : Verdicts.Weak(E, "a bug report that names no affected group", Evidence.Structured("type", context.Item.Type ?? "bug"));
        }

        return ElementVerdict.Missing(E, "only a task or solution; no one's need is stated");
    }
}
