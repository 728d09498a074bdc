namespace PoPath.Core.Advisor;

/// <summary>A catalogue entry that is deliberately not on the route now, with the reason (a rule, a missing prerequisite, an answer).</summary>
public sealed record NotNowStep(string Id, string Why);
