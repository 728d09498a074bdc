namespace PoPath.Core.Model;

/// <summary>Weighted-shortest-job-first inputs of an item.</summary>
public sealed record WsjfInputs(double? BusinessValue, double? TimeCriticality, double? RiskReduction, double? JobSize)
{
    /// <summary>(business value + time criticality + risk reduction) / job size, or null when job size is absent or not positive, or no cost-of-delay part is given.</summary>
    public double? Score
    {
        get
        {
            if (JobSize is not > 0 || (BusinessValue is null && TimeCriticality is null && RiskReduction is null))
            {
                return null;
            }

            return ((BusinessValue ?? 0) + (TimeCriticality ?? 0) + (RiskReduction ?? 0)) / JobSize.Value;
        }
    }
}
