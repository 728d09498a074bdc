namespace PoPath.Import.Tests.Support;

/// <summary>A file in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension, byte[] content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"popath-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, content);
    }

    public TempFile(string extension, string content)
        : this(extension, System.Text.Encoding.UTF8.GetBytes(content))
    {
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
