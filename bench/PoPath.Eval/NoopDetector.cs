using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Eval;

/// <summary>Profiling aid: a detector that does nothing, to time the others one at a time.</summary>
internal sealed class NoopDetector(Element element) : IElementDetector
{
    public DetectorDescriptor Descriptor { get; } = new("noop." + element.Id(), element, "does nothing");

    public ElementVerdict Detect(ItemContext context) => ElementVerdict.Missing(element, "noop");
}
