using PoPath.Core.Model;
using PoPath.Core.Text;

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

        // "reduce complaints about …" names a hoped-for change, not evidence that the need exists.
        var negator = lex.Cue("need.evidence-negator");
        var evidence = text.Find("need.evidence")
            .Where(h => !Verdicts.Inside(h, story.Means) && !negator.IsMatch(h.Field.Text.AsSpan(Math.Max(0, h.Start - 40), Math.Min(40, h.Start))))
            .ToList();
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
            return Verdicts.Present(E, "a specific group with a problem or goal", g.SentenceEvidence());
        }

        // A measured behaviour of an identifiable group ("Pharmacists catch about 15 conflicts a week") is evidence.
        // The group comes first and the figure is a rate or a share ("… 15 conflicts a week", "22% of them").
        var frequencies = text.Find("need.frequency");
        var measured = groups.Where(g => g.Named && frequencies.Any(q => q.SameSentence(g.Hit) && q.Start > g.Hit.End && StartsCount(q))).ToList();
        if (measured.Count > 0)
        {
            return Verdicts.Present(E, "a measured behaviour of a specific group", measured[0].Hit.SentenceEvidence());
        }

        var requests = text.Find("need.request");
        var asking = groups.Where(g => requests.Any(r => r.SameSentence(g.Hit))).ToList();
        if (asking.Count > 0)
        {
            return Verdicts.Weak(E, asking[0].Specific ? "a group asking for a feature, with no problem or goal" : "a need, but only a generic group has it", asking[0].Hit.SentenceEvidence());
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

        // A bug report: typed as a bug, or a defect named in its title.
        var isBug = string.Equals(context.Item.Type, "bug", StringComparison.OrdinalIgnoreCase) || string.Equals(context.Item.Type, "defect", StringComparison.OrdinalIgnoreCase);
        var bug = text.Find("need.bug").Where(h => isBug || h.Field.Name == ItemFields.Title).ToList();
        if (bug.Count > 0 || isBug)
        {
            return bug.Count > 0
                ? Verdicts.Weak(E, "a bug report that names no affected group", bug[0].SentenceEvidence())
                : Verdicts.Weak(E, "a bug report that names no affected group", Evidence.Structured("type", context.Item.Type ?? "bug"));
        }

        return ElementVerdict.Missing(E, "only a task or solution; no one's need is stated");
    }

    // A count, not part of an identifier or a link ("DEV-071", "v1", "docs/1-2/…").
    private static bool StartsCount(CueHit q)
    {
        var t = q.Field.Text;
        return q.Start == 0 || !(char.IsLetterOrDigit(t[q.Start - 1]) || t[q.Start - 1] is '-' or '#' or '.' or '/' or '_');
    }
}
