namespace PoPath.Core.Model;

/// <summary>A story-form finding (AQUSA-style): well-formed, atomic, minimal, unique, uniform.</summary>
/// <param name="Rule">One of <c>well-formed.no-role</c>, <c>well-formed.no-means</c>, <c>atomic</c>, <c>minimal</c>, <c>unique</c>, <c>uniform</c>.</param>
public sealed record Finding(string Rule, string Message, IReadOnlyList<Evidence> Evidence);
