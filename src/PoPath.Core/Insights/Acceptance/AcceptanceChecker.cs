using System.Text.RegularExpressions;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Insights.Acceptance;

/// <summary>Checks the acceptance criteria of backlog items: untestable wording, no observable result, no unhappy path, criteria that never touch the stated outcome.</summary>
/// <remarks>
/// Pure. Criteria are read from the item's acceptance-criteria field, or else from an "Acceptance criteria" section or
/// Given/When/Then lines of its description. Each flag quotes the text it rests on and says which question to ask;
/// the checker never rewrites criteria.
/// </remarks>
public sealed partial class AcceptanceChecker
{
    private readonly AssistLexicon _lexicon;

    public AcceptanceChecker(AssistLexicon? lexicon = null) => _lexicon = lexicon ?? AssistLexicon.English;

    /// <summary>Checks the top <paramref name="top"/> items of a readiness run (by rank).</summary>
    public IReadOnlyList<AcceptanceReport> Check(CheckRun run, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        return [.. run.Items.OrderBy(r => r.Item.Rank).ThenBy(r => r.Item.Id, StringComparer.Ordinal).Take(top).Select(Check)];
    }

    /// <summary>Checks one item; its readiness supplies the stated outcome.</summary>
    public AcceptanceReport Check(Model.Readiness readiness)
    {
        var item = readiness.Item;
        var outcomeVerdict = readiness.Elements.FirstOrDefault(e => e.Element == Element.ExpectedOutcome);
        var outcome = outcomeVerdict is { Status: not ElementStatus.Missing } && outcomeVerdict.Evidence.Count > 0
            ? string.Join(" … ", outcomeVerdict.Evidence.Select(e => e.Text))
            : null;
        var (field, text) = Source(item);
        var flags = new List<AcceptanceFlag>();
        if (text is null)
        {
            flags.Add(new AcceptanceFlag(AcceptanceRules.None, "no acceptance criteria found", string.Empty, null,
                "What would the team check to call this item done?"));
            return new AcceptanceReport(item.Id, item.Title, item.Rank, null, [], flags, outcome);
        }

        var parsed = CriteriaParser.Parse(text);
        var criteria = parsed.Criteria;
        if (parsed.Error is not null)
        {
            flags.Add(new AcceptanceFlag(AcceptanceRules.ParseError, $"the Given/When/Then steps do not parse: {parsed.Error}", string.Empty, null,
                "Can each scenario be written as Given (context), When (action), Then (observable result)?"));
        }

        if (criteria.Count == 0)
        {
            flags.Add(new AcceptanceFlag(AcceptanceRules.None, "the acceptance criteria field is empty", string.Empty, null,
                "What would the team check to call this item done?"));
            return new AcceptanceReport(item.Id, item.Title, item.Rank, field, criteria, flags, outcome);
        }

        for (var c = 0; c < criteria.Count; c++)
        {
            var criterion = criteria[c];
            foreach (var word in Matches(criterion.Text, _lexicon.VagueWords).Take(3))
            {
                flags.Add(new AcceptanceFlag(AcceptanceRules.Vague, $"untestable wording \"{word}\" (line {criterion.Line})", criterion.Text, c,
                    $"What number or observable behaviour does \"{word}\" stand for here?"));
            }

            if (NoObservableResult(criterion) is { } why)
            {
                flags.Add(new AcceptanceFlag(AcceptanceRules.NoObservableResult, $"{why} (line {criterion.Line})", criterion.Text, c,
                    "What will someone see, receive or measure when this criterion is met?"));
            }
        }

        if (!criteria.Any(c => Matches(c.Text, _lexicon.UnhappyPathCues).Any()))
        {
            flags.Add(new AcceptanceFlag(AcceptanceRules.NoUnhappyPath, "only the happy path is described: no criterion covers invalid input, failure, refusal or limits",
                string.Empty, null, "What should happen when the input is invalid, a service fails or the user is not allowed?"));
        }

        if (outcome is null)
        {
            flags.Add(new AcceptanceFlag(AcceptanceRules.NoOutcomeStated, "the item states no expected outcome, so the criteria cannot be checked against one",
                string.Empty, null, "Which observable change should this item cause, and which criterion would show it?"));
        }
        else if (!Touches(criteria, outcome))
        {
            flags.Add(new AcceptanceFlag(AcceptanceRules.OutcomeNotTouched, "no criterion touches the item's stated outcome", outcome, null,
                $"Which criterion shows the outcome \"{outcome}\" was reached, or how will it be measured after release?"));
        }

        return new AcceptanceReport(item.Id, item.Title, item.Rank, field, criteria, flags, outcome);
    }

    private static (string? Field, string? Text) Source(BacklogItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.AcceptanceCriteria))
        {
            return (ItemFields.AcceptanceCriteria, item.AcceptanceCriteria);
        }

        if (item.Description is { } d)
        {
            var section = Section().Match(d);
            if (section.Success)
            {
                return (ItemFields.Description, section.Groups["body"].Value);
            }

            var steps = d.Split('\n').Where(l => Step().IsMatch(l)).ToList();
            if (steps.Count > 0)
            {
                return (ItemFields.Description, string.Join('\n', steps));
            }
        }

        return (null, null);
    }

    private string? NoObservableResult(AcceptanceCriterion criterion)
    {
        if (criterion.Form == "scenario")
        {
            var thens = ThenSteps(criterion.Steps).ToList();
            if (thens.Count == 0)
            {
                return "the scenario has no Then step";
            }

            return thens.All(t => OnlyUnobservable(t)) ? $"the Then step \"{thens[0]}\" names no observable result" : null;
        }

        return OnlyUnobservable(criterion.Text) ? "the criterion names no observable result" : null;
    }

    private static IEnumerable<string> ThenSteps(IReadOnlyList<string> steps)
    {
        var inThen = false;
        foreach (var s in steps)
        {
            var keyword = s.Split(' ', 2)[0];
            if (keyword is "Then")
            {
                inThen = true;
            }
            else if (keyword is "Given" or "When")
            {
                inThen = false;
            }

            if (inThen)
            {
                yield return s[(keyword.Length + 1)..];
            }
        }
    }

    /// <summary>The text, without stop words and the unobservable phrases, has fewer than two content words left.</summary>
    private bool OnlyUnobservable(string text)
    {
        var lower = " " + Words().Replace(text.ToLowerInvariant(), " ") + " ";
        var hit = false;
        foreach (var phrase in _lexicon.UnobservableResults)
        {
            var p = " " + phrase + " ";
            if (lower.Contains(p, StringComparison.Ordinal))
            {
                hit = true;
                lower = lower.Replace(p, " ", StringComparison.Ordinal);
            }
        }

        var rest = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => !_lexicon.StopWords.Contains(w) && w.Length > 2);
        return hit && rest < 2;
    }

    private static IEnumerable<string> Matches(string text, IReadOnlyList<string> phrases)
    {
        var lower = " " + Words().Replace(text.ToLowerInvariant(), " ") + " ";
        foreach (var phrase in phrases)
        {
            if (lower.Contains(" " + Words().Replace(phrase, " ").Trim() + " ", StringComparison.Ordinal))
            {
                yield return phrase;
            }
        }
    }

    /// <summary>A criterion shares a content word (compared on its first five letters) with the outcome.</summary>
    private bool Touches(List<AcceptanceCriterion> criteria, string outcome)
    {
        var stems = Content(outcome).ToHashSet(StringComparer.Ordinal);
        return criteria.Any(c => Content(c.Text).Any(stems.Contains));
    }

    private IEnumerable<string> Content(string text) =>
        Words().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => (w.Length > 2 || w.Any(char.IsDigit)) && !_lexicon.StopWords.Contains(w))
            .Select(w => w.Length > 5 ? w[..5] : w);

    [GeneratedRegex(@"[^\p{L}\p{N}%'\-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?im)^\W*acceptance\s+criteria\W*$\n(?<body>(?:.*\n?)*?)(?=^\W*[A-Z][\w ]{2,40}:\s*$|\z)")]
    private static partial Regex Section();

    [GeneratedRegex(@"(?i)^\W*(given|when|then|and)\b")]
    private static partial Regex Step();
}
