namespace PoPath.Core.Model;

/// <summary>An item's result on the practical test.</summary>
public sealed record Readiness(
    BacklogItem Item,
    IReadOnlyList<ElementVerdict> Elements,
    IReadOnlyList<string> Questions,
    IReadOnlyList<Finding> Findings,
    int Score)
{
    /// <summary>The verdict of one element.</summary>
    public ElementVerdict Of(Element element)
    {
        foreach (var v in Elements)
        {
            if (v.Element == element)
            {
                return v;
            }
        }

        throw new KeyNotFoundException(element.Id());
    }
}
