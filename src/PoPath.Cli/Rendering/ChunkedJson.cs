using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoPath.Cli.Rendering;

/// <summary>Writes indented JSON to a <see cref="TextWriter"/> in chunks, so a large backlog never sits in memory twice as JSON text.</summary>
internal static class ChunkedJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/>; the <c>drain</c> it is given moves what was written so far to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter, Action> write)
    {
        using var stream = new MemoryStream();
        void Drain() => output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            write(w, () =>
            {
                w.Flush();
                Drain();
                stream.SetLength(0);
            });
        }

        Drain();
        output.WriteLine();
    }
}
