using PoPath.Core.Insights.Generative;

namespace PoPath.Generative;

/// <summary>The outcome of one generative call: the reply with each sentence's verdict, or a message saying what went wrong.</summary>
/// <param name="Endpoint">The endpoint as shown in messages (<see cref="GenerativeEndpoint.Display"/>).</param>
/// <param name="Reply">The model's text as received; null on failure.</param>
/// <param name="Verified">The verifier's verdicts on <paramref name="Reply"/>; null on failure.</param>
/// <param name="Error">What went wrong, naming the endpoint (never the key); null on success.</param>
/// <param name="Prompt">The prompt sent, whose evidence the verdicts refer to.</param>
public sealed record RephraseResult(string Endpoint, string Model, string? Reply, VerifiedReply? Verified, string? Error, RephrasePrompt Prompt)
{
    /// <summary>True when a reply came back and was verified.</summary>
    public bool Succeeded => Error is null && Verified is not null;
}
