namespace PoPath.Storage.Tests.Support;

/// <summary>A temporary folder per test class, deleted at the end.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("popath-storage-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still be closing its handle; the OS temp cleaner gets it later.
        }
    }
}
