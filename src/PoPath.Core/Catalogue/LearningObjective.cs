using PoPath.Core.Model;

namespace PoPath.Core.Catalogue;

/// <summary>A learning objective or focus area of a course, with the practical-test elements it helps a PO answer.</summary>
/// <param name="Id">Stable id, <c>course.objective</c>.</param>
/// <param name="Text">The objective as the issuer names it.</param>
/// <param name="Addresses">PoPath's mapping to the elements of the practical test (not a claim of the issuer).</param>
public sealed record LearningObjective(string Id, string Text, IReadOnlyList<Element> Addresses);
