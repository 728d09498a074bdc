using PoPath.Core.Model;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>business_reason: an effect for the organisation — revenue, cost, retention, risk, compliance, a commitment, efficiency, a named goal (DESIGN §3).</summary>
public sealed class BusinessReasonDetector : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("popath.business-reason", Element.BusinessReason,
        "An effect for the organisation: revenue, cost, retention, risk, compliance, a contract, efficiency or a named business goal.");

    public ElementVerdict Detect(ItemContext context)
    {
        const Element E = Element.BusinessReason;
        var text = context.Text;
        var story = text.Story;

        // "No revenue impact", "their sales": the words are there, the organisation's effect is not.
        var negator = text.Lexicon.Cue("business.negator");
        bool Affirmed(Text.CueHit h) => !negator.IsMatch(h.Field.Text.AsSpan(Math.Max(0, h.Start - 24), Math.Min(24, h.Start)));
        var effect = text.Find("business.effect").Where(Affirmed).ToList();
        if (effect.Count > 0)
        {
            return Verdicts.Present(E, "names an effect for the organisation", effect.Select(h => h.SentenceEvidence()));
        }

        // Words such as "contract", "invoice" or "audit" are often just the item's domain; they count as a
        // reason only with an effect beside them (a figure, a loss, a risk, a cost).
        var domain = text.Find("business.domain").Where(h => !Verdicts.Inside(h, story.Means) && !Verdicts.Inside(h, story.Role) && Affirmed(h)).ToList();
        var context1 = text.Find("business.context");
        var withEffect = domain.Where(d => context1.Any(c => c.SameSentence(d) && (c.End <= d.Start || c.Start >= d.End))).ToList();
        if (withEffect.Count > 0)
        {
            return Verdicts.Present(E, "names a cost, risk or commitment of the organisation", withEffect.Select(h => h.SentenceEvidence()));
        }

        // "The help desk re-keys every order by hand": a stated cost to the organisation, without money figures.
        var actors = text.Find("business.effort-actor").Where(h => !Verdicts.Inside(h, story.Role)).ToList();
        var effort = text.Find("business.effort-cost");
        var toil = actors.Where(a => effort.Any(c => c.SameSentence(a) && c.Start != a.Start)).ToList();
        if (toil.Count > 0)
        {
            return Verdicts.Present(E, "states effort the organisation spends today", toil.Select(h => h.SentenceEvidence()));
        }

        var weak = text.Find("business.weak");
        if (weak.Count > 0)
        {
            return Verdicts.Weak(E, "a value claim without a concrete effect for the organisation", weak.Select(h => h.ToEvidence()));
        }

        return ElementVerdict.Missing(E, "nothing from the organisation's side");
    }
}
