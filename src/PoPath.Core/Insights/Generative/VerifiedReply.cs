namespace PoPath.Core.Insights.Generative;

/// <summary>Every sentence of a generated reply with its verdict.</summary>
public sealed record VerifiedReply(IReadOnlyList<VerifiedSentence> Sentences)
{
    /// <summary>How many sentences got <paramref name="verdict"/>.</summary>
    public int Count(CitationVerdict verdict) => Sentences.Count(s => s.Verdict == verdict);

    /// <summary>True when the reply has sentences and every one is supported.</summary>
    public bool AllSupported => Sentences.Count > 0 && Sentences.All(s => s.Verdict == CitationVerdict.Supported);
}
