namespace PoPath.Core.Model;

/// <summary>How well an item answers one element of the practical test.</summary>
public enum ElementStatus
{
    Missing = 0,
    Weak = 1,
    Present = 2,
}
