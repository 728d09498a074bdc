using PoPath.Core.Model;

namespace PoPath.Core.Readiness;

/// <summary>Judges one element of the practical test on one item.</summary>
/// <remarks>Implementations are pure, synchronous and safe to call from several threads at once.</remarks>
public interface IElementDetector
{
    DetectorDescriptor Descriptor { get; }

    ElementVerdict Detect(ItemContext context);
}
