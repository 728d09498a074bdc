using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Readiness;

/// <summary>A detector that always throws, to check that a failing plug-in is reported and the others go on.</summary>
internal sealed class ThrowingDetector(Element element = Element.TradeOff) : IElementDetector
{
    public const string Message = "the detector broke on purpose";

    public DetectorDescriptor Descriptor { get; } = new("test.throwing", element, "Always throws.");

    public ElementVerdict Detect(ItemContext context) => throw new InvalidOperationException(Message);
}
