using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Readiness;

/// <summary>A detector that gives one status, with no evidence, whatever the item.</summary>
internal sealed class FixedDetector(Element element, ElementStatus status) : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("test.fixed", element, "Always the same status.");

    public ElementVerdict Detect(ItemContext context) => new(element, status, [], "fixed");
}
