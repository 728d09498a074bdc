namespace PoPath.Core.Advisor;

/// <summary>What the organisation must provide for the role to work, with what the profile says about it.</summary>
/// <param name="Provided">True or false as the profile answered; null when not answered.</param>
public sealed record OrganisationNeed(string Id, string What, bool? Provided, string Field);
