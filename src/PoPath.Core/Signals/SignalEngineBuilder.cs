namespace PoPath.Core.Signals;

/// <summary>Collects signals, finding rules and threshold overrides, then freezes them into a <see cref="SignalEngine"/>.</summary>
/// <remarks>Use the <c>Use…()</c> extensions of <see cref="SignalEngineBuilderExtensions"/>.</remarks>
public sealed class SignalEngineBuilder
{
    private readonly List<ISignal> _signals = [];
    private readonly List<IFindingRule> _rules = [];
    private readonly Dictionary<string, SignalThresholds> _thresholds = new(StringComparer.Ordinal);

    /// <summary>Adds a signal, replacing any earlier one with the same id.</summary>
    public SignalEngineBuilder Use(ISignal signal)
    {
        _signals.RemoveAll(s => s.Descriptor.Id == signal.Descriptor.Id);
        _signals.Add(signal);
        return this;
    }

    /// <summary>Adds a finding rule, replacing any earlier one of the same kind.</summary>
    public SignalEngineBuilder Use(IFindingRule rule)
    {
        _rules.RemoveAll(r => r.Kind == rule.Kind);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Replaces the default thresholds of signal <paramref name="id"/>.</summary>
    public SignalEngineBuilder WithThresholds(string id, SignalThresholds thresholds)
    {
        thresholds.Validate(id);
        _thresholds[id] = thresholds;
        return this;
    }

    /// <exception cref="InvalidOperationException">A threshold override names a signal that was not added.</exception>
    public SignalEngine Build()
    {
        var unknown = _thresholds.Keys.Where(k => _signals.All(s => s.Descriptor.Id != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("thresholds for unknown signals: " + string.Join(", ", unknown));
        }

        var bands = _signals.ToDictionary(s => s.Descriptor.Id, s => _thresholds.GetValueOrDefault(s.Descriptor.Id) ?? s.Descriptor.Thresholds, StringComparer.Ordinal);
        return new SignalEngine([.. _signals], [.. _rules], bands);
    }
}
