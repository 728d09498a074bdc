using PoPath.Core.Text;

namespace PoPath.Core.Readiness;

/// <summary>Collects detectors and story rules, then freezes them into a <see cref="ReadinessEngine"/>.</summary>
/// <remarks>Use the <c>Use…()</c> extensions of <see cref="ReadinessEngineBuilderExtensions"/>; <see cref="Build"/> checks that every element has exactly one detector.</remarks>
public sealed class ReadinessEngineBuilder
{
    private readonly List<IElementDetector> _detectors = [];
    private readonly List<IStoryRule> _rules = [];

    public Lexicon Lexicon { get; private set; } = Lexicon.English;

    public ReadinessEngineBuilder UseLexicon(Lexicon lexicon)
    {
        Lexicon = lexicon;
        return this;
    }

    /// <summary>Adds a detector, replacing any earlier one for the same element.</summary>
    public ReadinessEngineBuilder Use(IElementDetector detector)
    {
        _detectors.RemoveAll(d => d.Descriptor.Element == detector.Descriptor.Element);
        _detectors.Add(detector);
        return this;
    }

    /// <summary>Adds a story-form rule, replacing any earlier one with the same id.</summary>
    public ReadinessEngineBuilder Use(IStoryRule rule)
    {
        _rules.RemoveAll(r => r.Id == rule.Id);
        _rules.Add(rule);
        return this;
    }

    /// <exception cref="InvalidOperationException">An element has no detector, or the lexicon lacks a cue the detectors need.</exception>
    public ReadinessEngine Build()
    {
        var lacking = Lexicon.RequiredCues.Where(c => !Lexicon.Has(c)).ToList();
        if (lacking.Count > 0)
        {
            throw new InvalidOperationException($"lexicon '{Lexicon.Language}' lacks the cues {string.Join(", ", lacking)}, which the detectors need");
        }

        var missing = Model.ElementNames.All.Where(e => _detectors.All(d => d.Descriptor.Element != e)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("no detector for " + string.Join(", ", missing.Select(Model.ElementNames.Id)));
        }

        var ordered = Model.ElementNames.All.Select(e => _detectors.First(d => d.Descriptor.Element == e)).ToArray();
        return new ReadinessEngine(Lexicon, ordered, [.. _rules]);
    }
}
