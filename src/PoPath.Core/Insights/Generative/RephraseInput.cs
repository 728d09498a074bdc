namespace PoPath.Core.Insights.Generative;

/// <summary>What the generative step is asked to rephrase: the task, the evidence under short ids, and where each piece comes from.</summary>
/// <param name="Task">One sentence saying what to rephrase, for <see cref="RephrasePrompt.Build"/>.</param>
/// <param name="Evidence">The evidence in prompt order; ids are unique.</param>
/// <param name="Origins">For every evidence id (case-insensitive), the entry, item or option it comes from.</param>
public sealed record RephraseInput(string Task, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyDictionary<string, EvidenceOrigin> Origins)
{
    /// <summary>Where the evidence under <paramref name="id"/> comes from; null for an id that is not among the evidence.</summary>
    public EvidenceOrigin? OriginOf(string id) => Origins.TryGetValue(id, out var o) ? o : null;
}
