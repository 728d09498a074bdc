using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>expected_outcome: an observable change after delivery — a metric or behaviour with a direction, ideally a target (DESIGN §3).</summary>
public sealed class ExpectedOutcomeDetector : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("popath.expected-outcome", Element.ExpectedOutcome,
        "An observable change after delivery: a metric or behaviour with a direction, ideally a target and timeframe.");

    public ElementVerdict Detect(ItemContext context)
    {
        const Element E = Element.ExpectedOutcome;
        var text = context.Text;
        var lex = text.Lexicon;
        var story = text.Story;

        // Conditions of done are acceptance criteria, not outcomes: skip that field and AC sections.
        bool Usable(CueHit h) => h.Field.Name != ItemFields.AcceptanceCriteria && !InAcSection(h, lex) && !Verdicts.Inside(h, story.Means);

        var direction = text.Find("outcome.direction").Where(Usable).ToList();
        var outcomeSection = OutcomeSections(text, lex);
        if (direction.Count == 0 && outcomeSection.Count == 0 && text.Find("outcome.vague").Count == 0)
        {
            // No direction, no outcome heading, no quality word: nothing to weigh (most items end here).
            return ElementVerdict.Missing(E, "only the output is described, no expected change");
        }

        var metric = text.Find("outcome.metric").Where(Usable).ToList();
        var quantity = text.Find("outcome.quantity").Where(Usable).ToList();
        var intent = text.Find("outcome.intent").Where(Usable).ToList();

        bool Intended(CueHit h) => intent.Any(i => i.SameSentence(h)) || InAny(h, outcomeSection);

        // A measured change: a metric with a figure and a direction (or stated as a target), meant as a result.
        var measured = metric.Where(m => quantity.Any(q => q.SameSentence(m)) && (direction.Any(d => d.SameSentence(m)) || InAny(m, outcomeSection)) && Intended(m)).ToList();
        if (measured.Count > 0)
        {
            return Verdicts.Present(E, "a metric with a direction and a figure", measured.Select(h => h.SentenceEvidence()));
        }

        // "Cut checkout drop-off by 30%": a relative figure with a direction is a measure on its own.
        var relative = quantity.Where(q => IsRelative(q) && direction.Any(d => d.SameSentence(q)) && Intended(q)).ToList();
        if (relative.Count > 0)
        {
            return Verdicts.Present(E, "a change with a direction and a figure", relative.Select(h => h.SentenceEvidence()));
        }

        // A figure stated as the outcome ("Outcome: 70% of renewals done online in the first January").
        var targeted = quantity.Where(q => InAny(q, outcomeSection)).Concat(CountsIn(outcomeSection)).ToList();
        if (targeted.Count > 0)
        {
            return Verdicts.Present(E, "a target stated as the outcome", targeted.Select(h => h.SentenceEvidence()));
        }

        // A named metric with a direction but no figure ("reduce complaints", "lift conversion") is a direction without a measure.
        var directed = metric.Where(m => direction.Any(d => d.SameSentence(m) && d.Start != m.Start)).ToList();
        if (directed.Count > 0)
        {
            return Verdicts.Weak(E, "a metric with a direction, but no figure or target", directed.Select(h => h.SentenceEvidence()));
        }

        // A direction without a measure ("improve satisfaction", "faster search").
        var vague = text.Find("outcome.vague").Where(h => h.Field.Name != ItemFields.AcceptanceCriteria && !InAcSection(h, lex)).ToList();
        // A comparative ("faster search") states a direction when it names the item or its goal, not when it
        // compares options ("provider A (cheaper) or provider B (better coverage)").
        var intentCues = text.Find("outcome.intent");
        var vagueDirected = vague.Where(v => direction.Any(d => d.SameSentence(v))
            || (IsComparative(v) && (v.Field.Name == ItemFields.Title || Verdicts.Inside(v, story.Ends) || Verdicts.Inside(v, story.Means) || intentCues.Any(i => i.SameSentence(v))))).ToList();
        if (vagueDirected.Count > 0)
        {
            return Verdicts.Weak(E, "a direction without a measure", vagueDirected.Select(h => h.SentenceEvidence()));
        }

        return ElementVerdict.Missing(E, "only the output is described, no expected change");
    }

    /// <summary>Plain counts in outcome sections ("Target: 500 referred sign-ups per month"), not parts of identifiers.</summary>
    private static IEnumerable<CueHit> CountsIn(List<(FieldText Field, Section Section)> sections)
    {
        foreach (var (f, s) in sections)
        {
            var t = f.Text;
            for (var i = s.BodyStart; i < s.BodyEnd && i < t.Length; i++)
            {
                if (char.IsAsciiDigit(t[i]) && (i == 0 || !(char.IsLetterOrDigit(t[i - 1]) || t[i - 1] is '-' or '#' or '.' or '_')))
                {
                    yield return new CueHit(f, i, i + 1);
                    break;
                }
            }
        }
    }

    private static bool IsRelative(CueHit q)
    {
        var v = q.Value;
        return v.Contains('%') || v.Contains("percent", StringComparison.OrdinalIgnoreCase) || v.Contains("per cent", StringComparison.OrdinalIgnoreCase)
            || v.StartsWith("from", StringComparison.OrdinalIgnoreCase) || v.StartsWith("half", StringComparison.OrdinalIgnoreCase)
            || v.StartsWith("halve", StringComparison.OrdinalIgnoreCase) || v.StartsWith("double", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsComparative(CueHit v) =>
        v.Value.EndsWith("er", StringComparison.OrdinalIgnoreCase) && v.Value.Length > 4;

    private static bool InAcSection(CueHit h, Lexicon lex)
    {
        var s = h.Field.SectionAt(lex, h.Start);
        if (s is not { } sec)
        {
            return false;
        }

        return lex.Cue("ac.header").IsMatch(h.Field.Text.AsSpan(sec.HeadingStart, sec.HeadingEnd - sec.HeadingStart));
    }

    private static List<(FieldText Field, Section Section)> OutcomeSections(ItemText text, Lexicon lex)
    {
        var list = new List<(FieldText, Section)>();
        var header = lex.Cue("outcome.header");
        foreach (var f in text.Fields)
        {
            foreach (var s in f.Sections(lex))
            {
                if (header.IsMatch(f.Text.AsSpan(s.HeadingStart, s.HeadingEnd - s.HeadingStart)))
                {
                    list.Add((f, s));
                }
            }

            // An inline "Outcome: …" line is a section of one line.
            foreach (var m in text.Find("outcome.header"))
            {
                if (!ReferenceEquals(m.Field, f))
                {
                    continue;
                }

                var (_, end) = f.SentenceAt(m.Start);
                var lineEnd = f.Text.IndexOf('\n', m.Start);
                var e = lineEnd < 0 ? f.Text.Length : lineEnd;
                list.Add((f, new Section(m.Start, m.End, m.End, Math.Max(e, end))));
            }
        }

        return list;
    }

    private static bool InAny(CueHit h, List<(FieldText Field, Section Section)> sections) =>
        sections.Any(s => ReferenceEquals(s.Field, h.Field) && h.Start >= s.Section.BodyStart && h.Start < s.Section.BodyEnd);
}
