using PoPath.Core.Catalogue;

namespace PoPath.Core.Advisor;

/// <summary>One step of a learning route.</summary>
/// <param name="Id">The catalogue id.</param>
/// <param name="Why">The reasons, each citing the profile answer, gap figure or signal it rests on.</param>
/// <param name="WillNotFix">What the step will not fix (organisational blockers, gaps the course does not address).</param>
/// <param name="Emphasis">The course's learning objectives that address the learning gap, most useful first.</param>
public sealed record RouteStep(string Id, string Name, IReadOnlyList<string> Why, IReadOnlyList<string> WillNotFix, IReadOnlyList<LearningObjective> Emphasis);
