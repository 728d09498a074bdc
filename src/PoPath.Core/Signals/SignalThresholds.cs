namespace PoPath.Core.Signals;

/// <summary>Where a signal's value turns from <c>healthy</c> to <c>watch</c> and from <c>watch</c> to <c>concern</c>.</summary>
/// <param name="Watch">The first threshold.</param>
/// <param name="Concern">The second threshold, further from healthy than <paramref name="Watch"/>.</param>
/// <param name="HigherIsWorse">True when a larger value is worse (random demand, overrides): a value above
/// <paramref name="Watch"/> is <c>watch</c>, above <paramref name="Concern"/> is <c>concern</c>. False when a smaller
/// value is worse: below <paramref name="Watch"/> is <c>watch</c>, below <paramref name="Concern"/> is <c>concern</c>.
/// A value equal to a threshold stays on the healthier side.</param>
public sealed record SignalThresholds(double Watch, double Concern, bool HigherIsWorse)
{
    /// <summary>The band of <paramref name="value"/>; <see cref="SignalBand.None"/> when there is no value.</summary>
    public SignalBand Band(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return SignalBand.None;
        }

        if (HigherIsWorse)
        {
            return v > Concern ? SignalBand.Concern : v > Watch ? SignalBand.Watch : SignalBand.Healthy;
        }

        return v < Concern ? SignalBand.Concern : v < Watch ? SignalBand.Watch : SignalBand.Healthy;
    }

    /// <summary>Checks that the thresholds are finite and ordered for their direction.</summary>
    /// <exception cref="ArgumentException">They are not.</exception>
    public void Validate(string signalId)
    {
        if (!double.IsFinite(Watch) || !double.IsFinite(Concern))
        {
            throw new ArgumentException($"{signalId}: thresholds must be finite numbers");
        }

        if (HigherIsWorse ? Concern < Watch : Concern > Watch)
        {
            throw new ArgumentException($"{signalId}: the concern threshold ({Concern}) must be {(HigherIsWorse ? "at or above" : "at or below")} the watch threshold ({Watch})");
        }
    }
}
