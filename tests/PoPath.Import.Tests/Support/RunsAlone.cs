namespace PoPath.Import.Tests.Support;

/// <summary>Tests that measure time or process memory, or allocate hundreds of MiB: run alone so they neither disturb nor are disturbed.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Serial";
}
