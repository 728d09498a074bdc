namespace PoPath.Testing.Docs;

/// <summary>Finds the repository root: the nearest folder above the test binaries that holds <c>PoPath.slnx</c>.</summary>
public static class RepoRoot
{
    public static string Find(string? from = null)
    {
        var dir = new DirectoryInfo(from ?? AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PoPath.slnx")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException($"no PoPath.slnx above {from ?? AppContext.BaseDirectory}");
    }

    /// <summary>A folder of the public data sets in <c>../shared/data</c> beside the repository root, or null when it is not there.</summary>
    public static string? SharedData(string relative)
    {
        var folder = Path.GetFullPath(Path.Combine(Find(), "..", "shared", "data", relative));
        return Directory.Exists(folder) ? folder : null;
    }
}
