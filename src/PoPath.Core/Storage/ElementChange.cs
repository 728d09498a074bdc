using PoPath.Core.Model;

namespace PoPath.Core.Storage;

/// <summary>An element whose status changed between two snapshots.</summary>
public readonly record struct ElementChange(Element Element, ElementStatus From, ElementStatus To);
