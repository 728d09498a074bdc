namespace PoPath.Core.Model;

/// <summary>One element's status on one item, with the evidence behind it.</summary>
/// <remarks>Every verdict that is not <see cref="ElementStatus.Missing"/> carries at least one evidence entry.</remarks>
public sealed record ElementVerdict(Element Element, ElementStatus Status, IReadOnlyList<Evidence> Evidence, string Reason)
{
    public static ElementVerdict Missing(Element element, string reason) => new(element, ElementStatus.Missing, [], reason);
}
