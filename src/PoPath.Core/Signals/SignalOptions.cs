namespace PoPath.Core.Signals;

/// <summary>What one signals run looks at and the rules' parameters (each documented in <c>docs/signals/</c>).</summary>
public sealed record SignalOptions
{
    public static SignalOptions Default { get; } = new();

    /// <summary>Sprint or month periods; null chooses sprints when the history has a sprint with a start, else months.</summary>
    public PeriodKind? Period { get; init; }

    /// <summary>Only periods that end after this moment are reported; null reports all.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The product owner's name as the history spells it; null infers the most frequent ranker.</summary>
    public string? ProductOwner { get; init; }

    /// <summary>How many top items (by rank) outcome_talk and decision_quality read.</summary>
    public int Top { get; init; } = 20;

    /// <summary>An item added to a sprint within this time after its start counts as committed at the start (random_demand).</summary>
    public TimeSpan StartGrace { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How many days after a sprint's end its review may change the backlog (review_learning).</summary>
    public int ReviewWindowDays { get; init; } = 3;

    /// <summary>How many sprints, this one included, review_learning's share is taken over.</summary>
    public int ReviewTrailingSprints { get; init; } = 3;

    /// <summary>After how many days without being planned or resolved an open item is a long-waiting request (wait_transparency).</summary>
    public int LongWaitDays { get; init; } = 90;

    /// <summary>How many days before or after a deferral or decline a comment counts as its stated reason (wait_transparency).</summary>
    public int ReasonWindowDays { get; init; } = 14;

    /// <summary>The most evidence kept per value; the total is still counted.</summary>
    public int MaxEvidence { get; init; } = 100;

    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public void Validate()
    {
        if (Top <= 0 || ReviewWindowDays < 0 || ReviewTrailingSprints <= 0 || LongWaitDays <= 0 || ReasonWindowDays < 0 || MaxEvidence < 0 || StartGrace < TimeSpan.Zero)
        {
            throw new ArgumentException("signal options out of range: top, trailing sprints and long-wait days must be positive; windows, grace and evidence cap not negative");
        }
    }
}
