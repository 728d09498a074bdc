using System.Text.RegularExpressions;
using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Core.Readiness;

/// <summary>Runs the practical test: every detector on every item, the story-form rules on the set, questions and a score.</summary>
/// <remarks>
/// Built by <see cref="ReadinessEngineBuilder"/>; immutable and safe to share across threads. Results do not depend on
/// the order in which items are given, only on their ranks. A detector that throws is reported in that element's
/// verdict and the others go on.
/// </remarks>
public sealed class ReadinessEngine
{
    /// <summary>How many items ranked directly below are compared for the ordering rationale.</summary>
    public const int NeighbourCount = 3;

    /// <summary>Default number of top items in the gap profile.</summary>
    public const int DefaultTop = 20;

    private static readonly Dictionary<Element, int> Weights = new()
    {
        [Element.CustomerNeed] = 20,
        [Element.BusinessReason] = 20,
        [Element.TradeOff] = 15,
        [Element.ExpectedOutcome] = 20,
        [Element.OrderingRationale] = 15,
        [Element.AcceptanceCriteria] = 10,
    };

    private readonly IElementDetector[] _detectors;
    private readonly IStoryRule[] _rules;

    internal ReadinessEngine(Lexicon lexicon, IElementDetector[] detectors, IStoryRule[] rules)
    {
        Lexicon = lexicon;
        _detectors = detectors;
        _rules = rules;
    }

    /// <summary>The engine with PoPath's default detectors, rules and English lexicon.</summary>
    public static ReadinessEngine Default { get; } = new ReadinessEngineBuilder().UseDefaults().Build();

    public Lexicon Lexicon { get; }

    public IReadOnlyList<DetectorDescriptor> Detectors => _detectors.Select(d => d.Descriptor).ToList();

    public IReadOnlyList<string> StoryRules => _rules.Select(r => r.Id).ToList();

    /// <summary>Tests a whole backlog. Items are ordered by rank (ties by id); the gap profile takes the top <paramref name="top"/>.</summary>
    /// <param name="parallel">Spread items over the machine's cores; results are identical either way.</param>
    public CheckRun Run(IEnumerable<BacklogItem> items, int top = DefaultTop, bool parallel = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var ordered = items.OrderBy(i => i.Rank).ThenBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var contexts = new ItemContext[ordered.Length];
        var verdicts = new ElementVerdict[ordered.Length][];

        void One(int i)
        {
            var below = new List<BacklogItem>(NeighbourCount);
            for (var j = i + 1; j < ordered.Length && below.Count < NeighbourCount; j++)
            {
                below.Add(ordered[j]);
            }

            var ctx = new ItemContext(ordered[i], below, new ItemText(ordered[i], Lexicon));
            contexts[i] = ctx;
            verdicts[i] = Detect(ctx);
            ctx.Text.ReleaseCaches();
        }

        if (parallel && ordered.Length >= 256)
        {
            Parallel.For(0, ordered.Length, One);
        }
        else
        {
            for (var i = 0; i < ordered.Length; i++)
            {
                One(i);
            }
        }

        var findings = new List<Finding>[ordered.Length];
        foreach (var rule in _rules)
        {
            try
            {
                rule.Check(contexts, (i, f) => (findings[i] ??= []).Add(f));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A failing rule is reported on the first item and the others go on.
                if (ordered.Length > 0)
                {
                    (findings[0] ??= []).Add(new Finding(rule.Id, $"rule '{rule.Id}' failed: {e.Message}", []));
                }
            }
        }

        var results = new Model.Readiness[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var f = findings[i] is { } list ? list.OrderBy(x => x.Rule, StringComparer.Ordinal).ToList() : [];
            results[i] = new Model.Readiness(ordered[i], verdicts[i], Questions(contexts[i], verdicts[i]), f, Score(verdicts[i]));
        }

        var gaps = GapProfile.From(results, top);
        var topItems = results.Take(top).ToList();
        var summary = new CheckSummary(
            results.Length,
            results.Length == 0 ? 0 : Math.Round(results.Average(r => r.Score), 1),
            topItems.Count == 0 ? 0 : Math.Round(topItems.Average(r => r.Score), 1),
            results.Count(Passes));
        return new CheckRun(results, gaps, summary);
    }

    /// <summary>Tests one item against the items ranked directly below it (nearest first, at most three are used).</summary>
    public Model.Readiness Assess(BacklogItem item, IReadOnlyList<BacklogItem>? below = null)
    {
        var ctx = new ItemContext(item, (below ?? []).Take(NeighbourCount).ToList(), new ItemText(item, Lexicon));
        var verdicts = Detect(ctx);
        return new Model.Readiness(item, verdicts, Questions(ctx, verdicts), [], Score(verdicts));
    }

    /// <summary>True when all five questions are present or weak and at least three are present (DESIGN §4 decision_quality).</summary>
    public static bool Passes(Model.Readiness r)
    {
        var present = 0;
        foreach (var e in ElementNames.Questions)
        {
            var s = r.Of(e).Status;
            if (s == ElementStatus.Missing)
            {
                return false;
            }

            if (s == ElementStatus.Present)
            {
                present++;
            }
        }

        return present >= 3;
    }

    /// <summary>Present counts fully, weak half, per element weights that sum to 100.</summary>
    public static int Score(IReadOnlyList<ElementVerdict> verdicts)
    {
        double score = 0;
        foreach (var v in verdicts)
        {
            var w = Weights[v.Element];
            score += v.Status switch { ElementStatus.Present => w, ElementStatus.Weak => w / 2.0, _ => 0 };
        }

        return (int)Math.Round(score, MidpointRounding.AwayFromZero);
    }

    private ElementVerdict[] Detect(ItemContext ctx)
    {
        var result = new ElementVerdict[_detectors.Length];
        for (var d = 0; d < _detectors.Length; d++)
        {
            var detector = _detectors[d];
            try
            {
                var v = detector.Detect(ctx);
                result[d] = v.Status != ElementStatus.Missing && v.Evidence.Count == 0
                    ? ElementVerdict.Missing(v.Element, "no evidence, no claim: the detector gave a verdict without evidence")
                    : v;
            }
            catch (RegexMatchTimeoutException)
            {
                result[d] = ElementVerdict.Missing(detector.Descriptor.Element, $"detector '{detector.Descriptor.Id}' gave up: the text took too long to search");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result[d] = ElementVerdict.Missing(detector.Descriptor.Element, $"detector '{detector.Descriptor.Id}' failed: {e.Message}");
            }
        }

        return result;
    }

    private List<string> Questions(ItemContext ctx, ElementVerdict[] verdicts)
    {
        var questions = new List<string>();
        var below = ctx.Below.Count == 0 ? "the items below it" : string.Join(", ", ctx.Below.Select(b => b.Id));
        foreach (var v in verdicts)
        {
            if (v.Status == ElementStatus.Present)
            {
                continue;
            }

            var key = $"{v.Element.Id()}.{v.Status.Id()}";
            if (v.Element == Element.OrderingRationale && ctx.Below.Count == 0 && Lexicon.HasQuestion(key + ".last"))
            {
                key += ".last"; // the last item has nothing below it to be compared with
            }

            var template = Lexicon.Question(key);
            var evidence = v.Evidence.Count > 0 ? Shorten(v.Evidence[0].Text) : "";
            questions.Add(template.Replace("{below}", below, StringComparison.Ordinal).Replace("{evidence}", evidence, StringComparison.Ordinal));
        }

        return questions;
    }

    private static string Shorten(string s)
    {
        s = s.ReplaceLineEndings(" ").Trim();
        return s.Length <= 80 ? s : s[..77] + "…";
    }
}
