using System.Text;
using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Import.Tests.Support;

/// <summary>Runs a reader over in-memory input and splits what it yields.</summary>
internal static class Read
{
    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static Stream Bytes(params byte[][] parts) => new MemoryStream(parts.SelectMany(p => p).ToArray());

    public static async Task<Output> AllAsync(IBacklogReader reader, string text, string name = "input") =>
        await AllAsync(reader, Utf8(text), name);

    public static async Task<Output> AllAsync(IBacklogReader reader, Stream input, string name = "input")
    {
        var items = new List<BacklogItem>();
        var diagnostics = new List<ImportDiagnostic>();
        await foreach (var r in reader.ReadAsync(input, name))
        {
            if (r.Item is { } item)
            {
                items.Add(item);
            }

            if (r.Diagnostic is { } d)
            {
                diagnostics.Add(d);
            }
        }

        return new Output(items, diagnostics);
    }

    public sealed record Output(List<BacklogItem> Items, List<ImportDiagnostic> Diagnostics)
    {
        public IEnumerable<ImportDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        public IEnumerable<ImportDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

        public ImportDiagnostic SingleError() => Errors.ShouldHaveSingleItem();

        public string[] Titles => [.. Items.Select(i => i.Title)];

        public string[] Ids => [.. Items.Select(i => i.Id)];
    }
}
