namespace PoPath.Import.Tests.Support;

/// <summary>Finds the repository root and the shared data folder (<c>../shared/data</c> beside the root, when it is there).</summary>
internal static class SharedData
{
    public static string? Folder(string relative)
    {
        var folder = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "data", relative));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The folder holding PoPath.slnx, found upwards from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PoPath.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PoPath.slnx not found above " + AppContext.BaseDirectory);
    }
}
