using PoPath.Generative;

namespace PoPath.Cli.Feedback;

/// <summary>A resolved generative endpoint and its key (null when none is needed); the key is never printed.</summary>
internal sealed record RephraseSettings(GenerativeEndpoint Endpoint, string? Key)
{
    public override string ToString() => $"{Endpoint.Display} ({Endpoint.Model})";
}
