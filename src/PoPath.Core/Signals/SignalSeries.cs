namespace PoPath.Core.Signals;

/// <summary>One signal over every period: its descriptor, the thresholds applied and a value per period.</summary>
/// <param name="Error">Set when the signal failed; its values are then empty.</param>
public sealed record SignalSeries(SignalDescriptor Descriptor, SignalThresholds Thresholds, IReadOnlyList<SignalValue> Values, string? Error)
{
    public string Id => Descriptor.Id;

    /// <summary>The latest value that has one, else the latest period; null when there are no periods.</summary>
    public SignalValue? Latest => Values.LastOrDefault(v => v.Value is not null) ?? (Values.Count > 0 ? Values[^1] : null);
}
