namespace PoPath.Import.Tests.Support;

/// <summary>Finds the shared data folder: <c>../shared/data</c> beside the repository root, when it is there.</summary>
internal static class SharedData
{
    public static string? Folder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PoPath.slnx")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relative));
                return Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }
}
