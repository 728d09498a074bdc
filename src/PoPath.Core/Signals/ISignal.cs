namespace PoPath.Core.Signals;

/// <summary>Computes one role-maturity signal (DESIGN §4) for every period of a <see cref="SignalContext"/>.</summary>
/// <remarks>
/// Implementations are pure, synchronous and safe to call from several threads at once. They return one measure per
/// period of <see cref="SignalContext.Periods"/>, in that order; the engine applies the bands. A signal that throws
/// is reported in its series and the others go on.
/// </remarks>
public interface ISignal
{
    SignalDescriptor Descriptor { get; }

    IReadOnlyList<SignalMeasure> Compute(SignalContext context);
}
