using PoPath.Testing.Docs;

namespace PoPath.Cli.Tests.Support;

/// <summary>Where the test project's files, the repository's sample and the shared data sets are.</summary>
internal static class Paths
{
    public static string Root { get; } = RepoRoot.Find();

    /// <summary>This project's source folder (approved files are written here, not to the build output).</summary>
    public static string Project { get; } = Path.Combine(Root, "tests", "PoPath.Cli.Tests");

    public static string Sample { get; } = Path.Combine(Root, "samples", "checkout-backlog.csv");

    public static string Fixture(string name) => Path.Combine(Project, "Fixtures", name);

    /// <summary>A test input by its short name in theory data: <c>sample</c> for the repository's sample, else a fixture file.</summary>
    public static string Input(string name) => name == "sample" ? Sample : Fixture(name);

    /// <summary>A folder of <c>../shared/data</c> beside the repository root, or null when it is not there.</summary>
    public static string? SharedData(string relative) => RepoRoot.SharedData(relative);
}
