namespace PoPath.Core.Insights;

/// <summary>The result of <see cref="ThemeFinder.Find"/>.</summary>
/// <param name="Assignments">Theme number (1-based, by size) of each entry, in input order.</param>
/// <param name="Unaddressed">Numbers of the themes no backlog item addresses (empty when no backlog was given).</param>
public sealed record ThemeSet(
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<int> Assignments,
    bool ChosenAutomatically,
    IReadOnlyList<KCandidate> Candidates,
    IReadOnlyList<int> Unaddressed,
    int Seed,
    string Pipeline);
