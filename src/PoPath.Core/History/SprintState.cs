namespace PoPath.Core.History;

/// <summary>Where a sprint is in its life.</summary>
public enum SprintState
{
    /// <summary>The source does not say.</summary>
    Unknown,

    /// <summary>Planned, not started.</summary>
    Future,

    /// <summary>Running.</summary>
    Active,

    /// <summary>Finished.</summary>
    Closed,
}
