using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>acceptance_criteria: explicit, checkable conditions of done (DESIGN §3).</summary>
public sealed class AcceptanceCriteriaDetector : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("popath.acceptance-criteria", Element.AcceptanceCriteria,
        "Explicit, checkable conditions of done: an acceptance-criteria section, Given/When/Then, a checklist.");

    public ElementVerdict Detect(ItemContext context)
    {
        const Element E = Element.AcceptanceCriteria;
        var text = context.Text;
        var lex = text.Lexicon;

        // Where criteria can be: the AC field, sections headed as criteria, Gherkin anywhere, checklists.
        var blocks = new List<(FieldText Field, int Start, int End, bool Explicit)>();
        if (text.Field(ItemFields.AcceptanceCriteria) is { } acField)
        {
            blocks.Add((acField, 0, acField.Text.Length, true));
        }

        var acHeader = lex.Cue("ac.header");
        var nonAc = lex.Cue("section.non-ac");
        foreach (var f in text.Fields)
        {
            if (f.Name == ItemFields.AcceptanceCriteria)
            {
                continue;
            }

            foreach (var s in f.Sections(lex))
            {
                var heading = f.Text.AsSpan(s.HeadingStart, s.HeadingEnd - s.HeadingStart);
                if (acHeader.IsMatch(heading) && s.BodyEnd > s.BodyStart)
                {
                    blocks.Add((f, s.BodyStart, s.BodyEnd, true));
                }
            }

            // "AC: …" or "Acceptance criteria - …" inline on one line.
            foreach (var m in acHeader.EnumerateMatches(f.Text))
            {
                var (index, length) = (m.Index, m.Length);
                var lineEnd = f.Text.IndexOf('\n', index);
                var e = lineEnd < 0 ? f.Text.Length : lineEnd;
                if (e - (index + length) > 8 && !blocks.Any(b => b.Field == f && b.Start <= index && b.End >= e))
                {
                    blocks.Add((f, index + length, e, true));
                }
            }
        }

        // Flattened exports keep headings mid-line ("…  h3. Acceptance criteria  - Views appear …", "AC: * …").
        var inlineEnd = lex.Cue("ac.inline-end");
        foreach (var h in text.Find("ac.inline-header"))
        {
            if (blocks.Any(b => b.Field == h.Field && h.Start >= b.Start - 8 && h.Start < b.End))
            {
                continue;
            }

            var from = h.End;
            var limit = Math.Min(h.Field.Text.Length, from + 2000);
            var stop = inlineEnd.Match(h.Field.Text, from, limit - from);
            var to = stop.Success ? stop.Index : limit;
            if (to - from > 8)
            {
                blocks.Add((h.Field, from, to, true));
            }
        }

        var gherkin = text.Find("ac.gherkin");
        if (gherkin.Count > 0)
        {
            // The scenario's outcome is the rest of the line after "then".
            var g0 = gherkin[0];
            var thenEnd = g0.Field.Text.IndexOf('\n', g0.End);
            var g = new CueHit(g0.Field, g0.Start, thenEnd < 0 ? g0.Field.Text.Length : thenEnd);
            var outcome = new CueHit(g.Field, g0.End, g.End);
            var vagueG = text.FindIn("ac.vague", outcome.Field, outcome.Start, outcome.End);
            return vagueG.Count > 0 && text.FindIn("ac.observable", outcome.Field, outcome.Start, outcome.End).Count == 0
                ? Verdicts.Weak(E, "Given/When/Then with an untestable outcome", g.ToEvidence())
                : Verdicts.Present(E, "Given/When/Then scenario", Trim(g));
        }

        // Checklists and bullet lists outside the headed sections, unless they are steps, tasks or notes.
        foreach (var f in text.Fields)
        {
            if (f.Name == ItemFields.Title)
            {
                continue;
            }

            var checkboxes = text.FindIn("ac.checkbox", f, 0, f.Text.Length)
                .Where(h => !blocks.Any(b => b.Field == f && h.Start >= b.Start && h.Start < b.End) && !InSection(f, h.Start, nonAc, lex)).ToList();
            if (checkboxes.Count > 0)
            {
                blocks.Add((f, checkboxes[0].Start, checkboxes[^1].End, false));
            }
        }

        ElementVerdict? weakest = null;
        foreach (var (field, start, end, isExplicit) in blocks)
        {
            var verdict = Judge(text, field, start, end, isExplicit, lex);
            if (verdict.Status == ElementStatus.Present)
            {
                return verdict;
            }

            weakest ??= verdict.Status == ElementStatus.Weak ? verdict : null;
        }

        if (weakest is not null)
        {
            return weakest;
        }

        // A plain list of checkable conditions in the description also counts.
        if (text.Field(ItemFields.Description) is { } d)
        {
            var list = text.FindIn("ac.list-item", d, 0, d.Text.Length).Where(h => !InSection(d, h.Start, nonAc, lex)).ToList();
            var checkable = list.Where(h => IsCheckable(text, h) && !IsTask(h, lex) && text.FindIn("ac.spec", h.Field, h.Start, h.End).Count == 0).ToList();
            if (list.Count >= 2 && checkable.Count >= 2 && checkable.Count * 2 >= list.Count)
            {
                return Verdicts.Present(E, "a list of checkable conditions", checkable.Select(h => h.ToEvidence()));
            }
        }

        return ElementVerdict.Missing(E, "no acceptance criteria");
    }

    private static ElementVerdict Judge(ItemText text, FieldText field, int start, int end, bool isExplicit, Lexicon lex)
    {
        const Element E = Element.AcceptanceCriteria;
        var placeholder = lex.Cue("ac.placeholder");
        var lines = Lines(field, start, end).Where(l => !placeholder.IsMatch(l.Value)).ToList();
        if (lines.Count == 0)
        {
            return ElementVerdict.Missing(E, "an empty acceptance-criteria section");
        }

        var tasks = lines.Where(l => IsTask(l, lex)).ToList();
        var specs = lines.Where(l => text.FindIn("ac.spec", l.Field, l.Start, l.End).Count > 0).ToList();
        var vague = lines.Where(l => text.FindIn("ac.vague", l.Field, l.Start, l.End).Count > 0 && !IsObservable(text, l)).ToList();
        // A solution spec ("timeout 30 s, retries 3") is not a condition of done, even under an AC heading.
        var checkable = lines.Where(l => !tasks.Contains(l) && !vague.Contains(l) && !specs.Contains(l) && (IsCheckable(text, l) || isExplicit)).ToList();

        if (checkable.Count == 0 && tasks.Count + specs.Count >= lines.Count - vague.Count && vague.Count == 0)
        {
            return ElementVerdict.Missing(E, "a task list or a solution spec, not conditions of done");
        }

        if (checkable.Count > 0 && vague.Count * 2 <= lines.Count)
        {
            return Verdicts.Present(E, isExplicit ? "explicit acceptance criteria" : "a checklist of conditions", checkable.Select(l => l.ToEvidence()));
        }

        return vague.Count > 0
            ? Verdicts.Weak(E, "criteria exist but are not testable", vague.Select(l => l.ToEvidence()))
            : ElementVerdict.Missing(E, "no checkable condition");
    }

    private static bool IsCheckable(ItemText text, CueHit line) =>
        IsObservable(text, line) || text.FindIn("ac.checkable", line.Field, line.Start, line.End).Count > 0;

    // Something a tester can see or count: "is shown", "returns 404", "within 2 s".
    private static bool IsObservable(ItemText text, CueHit line) =>
        text.FindIn("ac.observable", line.Field, line.Start, line.End).Count > 0;

    private static bool IsTask(CueHit line, Lexicon lex)
    {
        var (s, _) = line.Field.SentenceAt(line.Start);
        var lineStart = line.Field.Text.LastIndexOf('\n', Math.Max(0, line.Start - 1)) + 1;
        return lex.Cue("ac.task").IsMatch(line.Field.Text.AsSpan(Math.Min(s, lineStart), line.End - Math.Min(s, lineStart)));
    }

    private static bool InSection(FieldText f, int position, System.Text.RegularExpressions.Regex headings, Lexicon lex) =>
        f.SectionAt(lex, position) is { } s && headings.IsMatch(f.Text.AsSpan(s.HeadingStart, s.HeadingEnd - s.HeadingStart));

    /// <summary>The non-empty lines of a block (or its sentences, when it is one line), as hits.</summary>
    private static List<CueHit> Lines(FieldText field, int start, int end)
    {
        var result = new List<CueHit>();
        var t = field.Text;
        var i = start;
        while (i < end)
        {
            var nl = t.IndexOf('\n', i, end - i);
            var e = nl < 0 ? end : nl;
            var s = i;
            while (s < e && char.IsWhiteSpace(t[s]))
            {
                s++;
            }

            var x = e;
            while (x > s && char.IsWhiteSpace(t[x - 1]))
            {
                x--;
            }

            if (x - s > 2)
            {
                // A one-line block with several sentences or ';'-separated criteria counts each part.
                foreach (var part in Split(t, s, x))
                {
                    result.Add(new CueHit(field, part.Start, part.End));
                }
            }

            i = e + 1;
        }

        return result;
    }

    private static IEnumerable<(int Start, int End)> Split(string t, int s, int e)
    {
        var from = s;
        for (var i = s; i < e; i++)
        {
            var marker = i > s && i + 1 < e && t[i - 1] == ' ' && t[i + 1] == ' ' && t[i] is '-' or '*' or '#' or '•';
            if (t[i] == ';' || marker || (t[i] == '.' && i + 1 < e && t[i + 1] == ' '))
            {
                if (i - from > 2)
                {
                    yield return (from, i);
                }

                from = i + 1;
                while (from < e && t[from] == ' ')
                {
                    from++;
                }
            }
        }

        if (e - from > 2)
        {
            yield return (from, e);
        }
    }

    private static IEnumerable<Evidence> Trim(CueHit g)
    {
        var end = Math.Min(g.End, g.Start + 240);
        yield return Evidence.Span(g.Field.Name, g.Field.Text, g.Start, end);
    }
}
