namespace PoPath.Core.Catalogue;

/// <summary>One fact of a catalogue entry with where it comes from; an unverified fact has no value and is shown as "check with the issuer".</summary>
/// <param name="Value">The fact as the source states it; null when it could not be verified or sources conflict.</param>
/// <param name="Source">The source's address (set whenever <paramref name="Value"/> is).</param>
/// <param name="AsOf">The date the fact was read from the source (set whenever <paramref name="Value"/> is).</param>
/// <param name="Strength">How strong the source is (set whenever <paramref name="Value"/> is).</param>
/// <param name="Note">Why the value is empty, or a caveat.</param>
public sealed record SourcedFact(string? Value, Uri? Source, DateOnly? AsOf, SourceStrength? Strength, string? Note)
{
    /// <summary>What is shown for an unverified fact.</summary>
    public const string CheckWithIssuer = "check with the issuer";

    public bool IsVerified => Value is not null;

    /// <summary>The value, or "check with the issuer".</summary>
    public string Display => Value ?? CheckWithIssuer;
}
