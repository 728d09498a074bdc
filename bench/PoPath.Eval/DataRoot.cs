namespace PoPath.Eval;

/// <summary>Finds the shared data folder (../shared/data beside the repository) and the repository's dev set.</summary>
internal static class DataRoot
{
    public static string Find() => Path.Combine(RepoRoot(), "..", "shared", "data");

    public static string DevSet() => Path.Combine(RepoRoot(), "bench", "devset");

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PoPath.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
