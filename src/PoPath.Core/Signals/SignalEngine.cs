using PoPath.Core.History;
using PoPath.Core.Organisation;

namespace PoPath.Core.Signals;

/// <summary>Computes the signals of one history per period, applies the bands and runs the finding rules.</summary>
/// <remarks>
/// Built by <see cref="SignalEngineBuilder"/>; immutable and safe to share across threads. Pure: the caller passes
/// the history, the snapshots' practical tests and every moment it needs — no clock is read. Results do not depend on
/// the order of events or items. A signal or rule that throws is reported in <see cref="SignalResult.Problems"/>.
/// </remarks>
public sealed class SignalEngine
{
    private readonly ISignal[] _signals;
    private readonly IFindingRule[] _rules;
    private readonly Dictionary<string, SignalThresholds> _thresholds;

    internal SignalEngine(ISignal[] signals, IFindingRule[] rules, Dictionary<string, SignalThresholds> thresholds)
    {
        _signals = signals;
        _rules = rules;
        _thresholds = thresholds;
    }

    /// <summary>The engine with the six signals of DESIGN §4, the default thresholds and the history findings.</summary>
    public static SignalEngine Default { get; } = new SignalEngineBuilder().UseDefaults().Build();

    public IReadOnlyList<SignalDescriptor> Signals => [.. _signals.Select(s => s.Descriptor)];

    public IReadOnlyList<string> FindingKinds => [.. _rules.Select(r => r.Kind)];

    /// <summary>The thresholds applied to signal <paramref name="id"/>.</summary>
    public SignalThresholds ThresholdsOf(string id) => _thresholds[id];

    /// <summary>Computes every signal over <paramref name="history"/>.</summary>
    /// <param name="snapshots">The practical test of the backlog at one or more moments, for outcome_talk and decision_quality; may be empty.</param>
    /// <exception cref="ArgumentException">The options are out of range, or the history failed to load.</exception>
    public SignalResult Run(BacklogHistory history, SignalOptions? options = null, IReadOnlyList<SnapshotReading>? snapshots = null)
    {
        options ??= SignalOptions.Default;
        options.Validate();
        if (history.Failed)
        {
            throw new ArgumentException($"the history of {history.Source} failed to load; signals need a history that loaded", nameof(history));
        }

        var context = new SignalContext(history, options, snapshots ?? []);
        var problems = new List<string>();
        var series = new List<SignalSeries>(_signals.Length);
        foreach (var signal in _signals)
        {
            var thresholds = _thresholds[signal.Descriptor.Id];
            try
            {
                var measures = signal.Compute(context);
                if (measures.Count != context.Periods.Count)
                {
                    throw new InvalidOperationException($"returned {measures.Count} values for {context.Periods.Count} periods");
                }

                var values = new SignalValue[measures.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    var p = context.Periods[i];
                    var m = measures[i];
                    values[i] = new SignalValue(p.Name, p.Start, p.End, m.Value, thresholds.Band(m.Value), m.Count, m.Of, m.Note, m.Evidence, m.EvidenceTotal);
                }

                series.Add(new SignalSeries(signal.Descriptor, thresholds, values, null));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var message = $"signal {signal.Descriptor.Id} failed: {e.GetType().Name}: {e.Message}";
                problems.Add(message);
                series.Add(new SignalSeries(signal.Descriptor, thresholds, [], message));
            }
        }

        var findings = new List<OrganisationFinding>();
        foreach (var rule in _rules)
        {
            try
            {
                findings.AddRange(rule.Find(context, series));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add($"finding rule {rule.Kind} failed: {e.GetType().Name}: {e.Message}");
            }
        }

        return new SignalResult(context.ProductOwner, context.PeriodKind, context.Periods, series, findings, problems);
    }
}
