using System.Text.Json;
using PoPath.Cli.Rendering;
using PoPath.Cli.Storage;
using PoPath.Generative;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PoPath.Cli.Feedback;

/// <summary>Writes the assistance commands' results: JSON (snake_case), Markdown (untrusted text escaped) or a Spectre table.</summary>
internal static class AssistWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Json(CliEnvironment env, object value)
    {
        env.Out.WriteLine(JsonSerializer.Serialize(value, Options));
        env.Out.Flush();
    }

    /// <summary>The JSON of <paramref name="value"/>, with a <c>rephrase</c> object added when the generative step ran.</summary>
    public static void Json(CliEnvironment env, object value, RephraseResult? rephrased)
    {
        if (rephrased is null)
        {
            Json(env, value);
            return;
        }

        var node = JsonSerializer.SerializeToNode(value, Options)!.AsObject();
        node["rephrase"] = JsonSerializer.SerializeToNode(RephraseJson.Of(rephrased), Options);
        env.Out.WriteLine(node.ToJsonString(Options));
        env.Out.Flush();
    }

    public static void Markdown(CliEnvironment env, string text)
    {
        env.Out.Write(text);
        env.Out.Flush();
    }

    public static void Table(CliEnvironment env, IRenderable renderable)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(env.Out),
            ColorSystem = env.StdoutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = env.Width;
        console.Write(renderable);
        env.Out.Flush();
    }

    /// <summary>Untrusted text for a Markdown line: escaped, and line breaks folded so a quote cannot start a heading or list.</summary>
    public static string Md(string text) => MarkdownText.Escape(text.ReplaceLineEndings(" "));

    /// <summary>Untrusted text for a Spectre cell.</summary>
    public static string Cell(string text) => Markup.Escape(text.ReplaceLineEndings(" "));

    public static bool IsJson(StoreOutput o) => o == StoreOutput.Json;
}
