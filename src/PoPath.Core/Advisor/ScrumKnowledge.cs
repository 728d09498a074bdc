namespace PoPath.Core.Advisor;

/// <summary>The profile's <c>scrum_knowledge</c>.</summary>
public enum ScrumKnowledge
{
    None,
    Basics,
    Solid,
}
