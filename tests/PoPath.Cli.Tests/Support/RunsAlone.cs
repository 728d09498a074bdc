namespace PoPath.Cli.Tests.Support;

/// <summary>Tests that run tens of thousands of items through the CLI: alone, so they neither slow nor are slowed by the rest.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
