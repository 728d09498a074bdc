namespace PoPath.Core.Signals;

/// <summary>Who the product owner is for the signals: set for the workspace, or inferred from the history.</summary>
/// <param name="Name">The actor name as the history spells it; null when it is not set and cannot be inferred.</param>
/// <param name="Inferred">True when <paramref name="Name"/> was not set but inferred as the most frequent ranker.</param>
/// <param name="Basis">How it was found, in one line (e.g. <c>made 34 of 50 rank changes</c>).</param>
public sealed record ProductOwner(string? Name, bool Inferred, string Basis)
{
    /// <summary>True when <paramref name="actor"/> is this product owner (case and surrounding spaces ignored).</summary>
    public bool Is(string? actor) =>
        Name is not null && actor is not null && string.Equals(actor.Trim(), Name.Trim(), StringComparison.OrdinalIgnoreCase);
}
