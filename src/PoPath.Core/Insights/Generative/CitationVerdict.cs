namespace PoPath.Core.Insights.Generative;

/// <summary>What the <see cref="CitationVerifier"/> decided about one generated sentence.</summary>
public enum CitationVerdict
{
    /// <summary>It cites ids that exist, and their texts hold its content words, figures, negations and strong quantifiers.</summary>
    Supported,

    /// <summary>It cites no evidence id.</summary>
    Uncited,

    /// <summary>It cites an id that is not among the evidence given.</summary>
    UnknownId,

    /// <summary>It cites existing ids whose texts do not support it.</summary>
    Unsupported,
}
