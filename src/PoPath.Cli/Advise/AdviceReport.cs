using PoPath.Core.Advisor;
using PoPath.Core.Catalogue;
using PoPath.Core.Signals;

namespace PoPath.Cli.Advise;

/// <summary>Everything <c>popath advise</c> prints: the profile, the advice, the learning gap when a backlog was read, the manager's part with <c>--for manager</c>.</summary>
/// <param name="ProfileSource">Where the profile came from (a file, the questionnaire, a saved profile).</param>
/// <param name="BacklogSource">Where the backlog came from, or null.</param>
/// <param name="Signals">The signal readings used; null when no history was available.</param>
internal sealed record AdviceReport(
    Profile Profile,
    string ProfileSource,
    Advice Advice,
    LearningGap? Gap,
    string? BacklogSource,
    ManagerChecklist? Manager,
    IReadOnlyList<SignalSummary>? Signals,
    Catalogue Catalogue)
{
    /// <summary>A file source by its name only (the page is handed on; a local path is nobody else's business); other sources as they are.</summary>
    public static string? ShortSource(string? source) =>
        source is not null && !source.StartsWith("workspace ", StringComparison.Ordinal) && source != "answered questions" && !source.StartsWith("saved profile", StringComparison.Ordinal)
            ? Path.GetFileName(source)
            : source;
}
