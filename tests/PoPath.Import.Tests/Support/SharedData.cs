namespace PoPath.Import.Tests.Support;

/// <summary>Finds the repository root and the shared data folder (<c>../shared/data</c> beside the root, when it is there).</summary>
internal static class SharedData
{
    public static string? Folder(string relative) => Testing.Docs.RepoRoot.SharedData(relative);

    /// <summary>The folder holding PoPath.slnx, found upwards from the test binaries.</summary>
    public static string RepoRoot() => Testing.Docs.RepoRoot.Find();
}
