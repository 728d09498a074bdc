using System.Text;
using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;

namespace PoPath.Core.Insights.Acceptance;

/// <summary>Reads acceptance criteria text: Given/When/Then with the official Gherkin parser, otherwise checklist or plain lines.</summary>
/// <remarks>
/// Backlog tools store criteria without the <c>Feature:</c>/<c>Scenario:</c> headers Gherkin needs, often as bullets.
/// The parser is given the step lines (bullets stripped) under the headers it requires; other lines are read as
/// checklist items. Line numbers always refer to the original text.
/// </remarks>
internal static partial class CriteriaParser
{
    private static readonly string[] StepWords = ["given", "when", "then", "and", "but"];

    public sealed record Parsed(List<AcceptanceCriterion> Criteria, string? Error);

    public static Parsed Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var stripped = lines.Select(l => Bullet().Replace(l.Trim(), string.Empty)).ToArray();
        if (!stripped.Any(l => StartsWithWord(l, "given") || StartsWithWord(l, "when") || StartsWithWord(l, "then")))
        {
            return new Parsed(Checklist(lines, stripped, _ => true), null);
        }

        // Build the document Gherkin expects, remembering which original line each of its lines came from.
        var doc = new StringBuilder();
        var origin = new List<int> { 0 };
        void Emit(string line, int from)
        {
            doc.Append(line).Append('\n');
            origin.Add(from);
        }

        var hasFeature = stripped.Any(l => l.StartsWith("Feature:", StringComparison.OrdinalIgnoreCase));
        if (!hasFeature)
        {
            Emit("Feature: acceptance criteria", 1);
        }

        var opened = false;
        var used = new bool[lines.Length];
        for (var i = 0; i < stripped.Length; i++)
        {
            var l = stripped[i];
            var isStep = StepWords.Any(w => StartsWithWord(l, w));
            var isHeader = l.StartsWith("Feature:", StringComparison.OrdinalIgnoreCase) || ScenarioHeader().IsMatch(l) ||
                l.StartsWith("Background:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Rule:", StringComparison.OrdinalIgnoreCase) ||
                l.StartsWith("Examples:", StringComparison.OrdinalIgnoreCase) || l.StartsWith('|') || l.StartsWith('@');
            if (!isStep && !isHeader)
            {
                continue;
            }

            if (ScenarioHeader().IsMatch(l) || l.StartsWith("Background:", StringComparison.OrdinalIgnoreCase))
            {
                opened = true;
            }

            if (isStep && !opened)
            {
                Emit("Scenario: criteria", i + 1);
                opened = true;
            }

            // Gherkin keywords are case-sensitive; criteria are often written "given …" or "GIVEN …".
            Emit(isStep ? Keyword(l) : l, i + 1);
            used[i] = true;
        }

        var criteria = new List<AcceptanceCriterion>();
        string? error = null;
        try
        {
            var parsed = new Parser().Parse(new StringReader(doc.ToString()));
            foreach (var child in parsed.Feature?.Children ?? [])
            {
                Collect(child, origin, criteria);
            }
        }
        catch (CompositeParserException e)
        {
            error = string.Join("; ", e.Errors.Select(x => Located(x, origin)));
        }
        catch (ParserException e)
        {
            error = Located(e, origin);
        }

        if (error is not null)
        {
            // The parser refused the steps: read every line as a checklist item so the other checks still run.
            return new Parsed(Checklist(lines, stripped, _ => true), error);
        }

        criteria.AddRange(Checklist(lines, stripped, i => !used[i]));
        return new Parsed([.. criteria.OrderBy(c => c.Line)], null);
    }

    private static void Collect(IHasLocation child, List<int> origin, List<AcceptanceCriterion> into)
    {
        switch (child)
        {
            case Scenario scenario:
                var steps = scenario.Steps.Select(s => $"{s.Keyword.Trim()} {s.Text}").ToList();
                into.Add(new AcceptanceCriterion("scenario", string.Join(" ", steps), Line(scenario.Location.Line, origin), steps));
                break;
            case Background background:
                var bsteps = background.Steps.Select(s => $"{s.Keyword.Trim()} {s.Text}").ToList();
                into.Add(new AcceptanceCriterion("scenario", string.Join(" ", bsteps), Line(background.Location.Line, origin), bsteps));
                break;
            case Rule rule:
                foreach (var c in rule.Children)
                {
                    Collect(c, origin, into);
                }

                break;
        }
    }

    private static int Line(long gherkinLine, List<int> origin) =>
        gherkinLine >= 0 && gherkinLine < origin.Count ? origin[(int)gherkinLine] : 1;

    private static string Located(ParserException e, List<int> origin) =>
        e.Location is { } at ? $"line {Line(at.Line, origin)}: {Message(e)}" : Message(e);

    private static string Message(ParserException e)
    {
        // Gherkin prefixes its message with its own "(line:column)"; the line is given in ours instead.
        var m = e.Message;
        var close = m.IndexOf("): ", StringComparison.Ordinal);
        return m.StartsWith('(') && close > 0 ? m[(close + 3)..] : m;
    }

    private static List<AcceptanceCriterion> Checklist(string[] lines, string[] stripped, Func<int, bool> include)
    {
        var list = new List<AcceptanceCriterion>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!include(i) || stripped[i].Length == 0 || stripped[i].StartsWith('#') ||
                stripped[i].TrimEnd(':').Equals("acceptance criteria", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var form = Bullet().IsMatch(lines[i].Trim()) ? "checklist" : "line";
            list.Add(new AcceptanceCriterion(form, stripped[i], i + 1, []));
        }

        return list;
    }

    private static string Keyword(string step)
    {
        var end = 0;
        while (end < step.Length && char.IsLetter(step[end]))
        {
            end++;
        }

        return char.ToUpperInvariant(step[0]) + step[1..end].ToLowerInvariant() + step[end..];
    }

    private static bool StartsWithWord(string line, string word) =>
        line.Length > word.Length && line.StartsWith(word, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(line[word.Length]);

    [GeneratedRegex(@"^(?:[-*•+]\s+|\[[ xX]\]\s*|\d+[.)]\s+)+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:Scenario(?: Outline| Template)?|Example):", RegexOptions.IgnoreCase)]
    private static partial Regex ScenarioHeader();
}
