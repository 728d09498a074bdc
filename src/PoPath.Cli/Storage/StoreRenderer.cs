using System.Text.Json;
using PoPath.Cli.Rendering;
using Spectre.Console;

namespace PoPath.Cli.Storage;

/// <summary>Prints the storage commands' rows as a table, Markdown, or JSON (the JSON shape is passed in, snake_case names).</summary>
internal static class StoreRenderer
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(CliEnvironment env, StoreOutput output, string title, string[] headers, IEnumerable<string[]> rows, object json)
    {
        switch (output)
        {
            case StoreOutput.Json:
                env.Out.WriteLine(JsonSerializer.Serialize(json, Json));
                break;
            case StoreOutput.Markdown:
                env.Out.WriteLine($"## {MarkdownText.Escape(title)}");
                env.Out.WriteLine();
                env.Out.WriteLine("| " + string.Join(" | ", headers) + " |");
                env.Out.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
                foreach (var row in rows)
                {
                    env.Out.WriteLine("| " + string.Join(" | ", row.Select(MarkdownText.Escape)) + " |");
                }

                break;
            default:
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(env.Out),
                    ColorSystem = env.StdoutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                console.Profile.Width = env.Width;
                var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(title)) };
                foreach (var h in headers)
                {
                    table.AddColumn(Markup.Escape(h));
                }

                foreach (var row in rows)
                {
                    table.AddRow(row.Select(Markup.Escape).ToArray());
                }

                console.Write(table);
                break;
        }

        env.Out.Flush();
    }
}
