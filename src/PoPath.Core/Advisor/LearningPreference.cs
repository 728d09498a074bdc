namespace PoPath.Core.Advisor;

/// <summary>The profile's <c>learning_preference</c>: trainer-led, assessment-led, or either.</summary>
public enum LearningPreference
{
    Guided,
    Assessment,
    Either,
}
