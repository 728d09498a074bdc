using PoPath.Core.Readiness.Detectors;
using PoPath.Core.Readiness.StoryRules;

namespace PoPath.Core.Readiness;

/// <summary>The <c>Use…()</c> extensions that plug PoPath's own detectors and rules into a builder.</summary>
public static class ReadinessEngineBuilderExtensions
{
    /// <summary>The six detectors of DESIGN §3 and the five story-form rules.</summary>
    public static ReadinessEngineBuilder UseDefaults(this ReadinessEngineBuilder builder) =>
        builder.UseElementDetectors().UseStoryForm();

    public static ReadinessEngineBuilder UseElementDetectors(this ReadinessEngineBuilder builder) => builder
        .Use(new CustomerNeedDetector())
        .Use(new BusinessReasonDetector())
        .Use(new TradeOffDetector())
        .Use(new ExpectedOutcomeDetector())
        .Use(new OrderingRationaleDetector())
        .Use(new AcceptanceCriteriaDetector());

    /// <summary>AQUSA's five automatic story-quality criteria: well-formed, atomic, minimal, unique, uniform.</summary>
    public static ReadinessEngineBuilder UseStoryForm(this ReadinessEngineBuilder builder) => builder
        .Use(new WellFormedRule())
        .Use(new AtomicRule())
        .Use(new MinimalRule())
        .Use(new UniqueRule())
        .Use(new UniformRule());
}
