namespace PoPath.Core.Insights.Generative;

/// <summary>A generated sentence with the verifier's verdict and the reason for it.</summary>
/// <param name="Support">The share (0–1) of the sentence's content words found in the cited texts; 0 when nothing valid is cited.</param>
/// <param name="Unmatched">Content words and figures of the sentence that the cited texts do not hold (as written in the sentence).</param>
/// <param name="Reason">One plain sentence saying why: what is missing, which id is unknown, or what was matched.</param>
public sealed record VerifiedSentence(
    string Text,
    IReadOnlyList<string> CitedIds,
    CitationVerdict Verdict,
    double Support,
    IReadOnlyList<string> Unmatched,
    string Reason);
