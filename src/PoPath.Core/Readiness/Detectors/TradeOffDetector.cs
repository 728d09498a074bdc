using PoPath.Core.Model;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>trade_off: what is given up, deferred or chosen against (DESIGN §3).</summary>
public sealed class TradeOffDetector : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("popath.trade-off", Element.TradeOff,
        "What is given up, deferred or chosen against: alternatives weighed, scope cut, an accepted downside.");

    public ElementVerdict Detect(ItemContext context)
    {
        const Element E = Element.TradeOff;
        var text = context.Text;
        var story = text.Story;

        var strong = text.Find("tradeoff.strong").Where(h => !Verdicts.Inside(h, story.Means)).ToList();
        if (strong.Count > 0)
        {
            return Verdicts.Present(E, "names what is given up, deferred or chosen against", strong.Select(h => h.SentenceEvidence()));
        }

        // "instead of" / "rather than" describe a trade-off only as a decision ("we build X instead of Y"),
        // not as behaviour ("returns null instead of an empty list").
        var contrast = text.Find("tradeoff.contrast").Where(h => !Verdicts.Inside(h, story.Means) && !Verdicts.Inside(h, story.Ends)).ToList();
        if (contrast.Count > 0)
        {
            var decisions = text.Find("tradeoff.decision");
            var decided = contrast.Where(c => decisions.Any(d => d.SameSentence(c))).ToList();
            if (decided.Count > 0)
            {
                return Verdicts.Present(E, "a choice against an alternative", decided.Select(h => h.SentenceEvidence()));
            }
        }

        var outOfScope = OutOfScopeSection(context);
        if (outOfScope is not null)
        {
            return Verdicts.Present(E, "an out-of-scope list names what is left out", outOfScope);
        }

        var weak = text.Find("tradeoff.weak").Where(h => !Verdicts.Inside(h, story.Means)).ToList();
        if (weak.Count > 0)
        {
            return Verdicts.Weak(E, "names a limit or option, but not what is given up", weak.Select(h => h.SentenceEvidence()));
        }

        return ElementVerdict.Missing(E, "nothing given up, deferred or chosen against");
    }

    private static Evidence? OutOfScopeSection(ItemContext context)
    {
        var lex = context.Text.Lexicon;
        foreach (var f in context.Text.Fields)
        {
            foreach (var s in f.Sections(lex))
            {
                var heading = f.Text.AsSpan(s.HeadingStart, s.HeadingEnd - s.HeadingStart);
                if ((heading.Contains("not in scope", StringComparison.OrdinalIgnoreCase) || heading.Contains("out of scope", StringComparison.OrdinalIgnoreCase)
                    || heading.Contains("non-goal", StringComparison.OrdinalIgnoreCase) || heading.Contains("not doing", StringComparison.OrdinalIgnoreCase))
                    && s.BodyEnd > s.BodyStart && !f.Text.AsSpan(s.BodyStart, s.BodyEnd - s.BodyStart).IsWhiteSpace())
                {
                    return Evidence.Span(f.Name, f.Text, s.HeadingStart, s.HeadingEnd);
                }
            }
        }

        return null;
    }
}
