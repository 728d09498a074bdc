namespace PoPath.Core.Insights.Generative;

/// <summary>Settings of the <see cref="CitationVerifier"/>.</summary>
public sealed record VerifierOptions
{
    /// <summary>The smallest share (0–1) of a sentence's content words that its cited texts must hold; default 0.6.</summary>
    public double Threshold { get; init; } = 0.6;

    /// <summary>The word lists; default English.</summary>
    public VerifierLexicon Lexicon { get; init; } = VerifierLexicon.English;
}
