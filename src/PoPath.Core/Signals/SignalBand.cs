namespace PoPath.Core.Signals;

/// <summary>How a signal's value reads against its thresholds (DESIGN §4).</summary>
public enum SignalBand
{
    /// <summary>Within the healthy range.</summary>
    Healthy,

    /// <summary>Worth a look: past the first threshold.</summary>
    Watch,

    /// <summary>Past the second threshold: raise it.</summary>
    Concern,

    /// <summary>No value for the period (nothing to measure, e.g. no item committed at the start).</summary>
    None,
}
