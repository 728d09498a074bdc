using PoPath.Core.Model;

namespace PoPath.Core.Readiness;

/// <summary>Names a detector: a stable id, the element it judges and a one-line summary.</summary>
public sealed record DetectorDescriptor(string Id, Element Element, string Summary);
