using System.Text;

namespace PoPath.Cli.Tests.Support;

/// <summary>Runs <c>popath</c> in-process through <see cref="PoPathApp.RunAsync"/> with captured streams.</summary>
/// <remarks>By default nothing is a terminal (no colour, no progress) and the width is 120, as when output is piped.</remarks>
internal static class CliRunner
{
    public const int Width = 120;

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, stdin: null);

    /// <param name="stdin">Standard input (UTF-8), redirected; null for an empty stream.</param>
    /// <param name="terminal">True to run as if stdout were a colour terminal.</param>
    /// <param name="stderrTerminal">True to run as if stderr were a terminal (progress is drawn there for large inputs).</param>
    /// <param name="variables">The environment the command sees (only these variables); null for the process's own.</param>
    public static async Task<CliRun> RunAsync(string[] args, string? stdin, bool terminal = false, bool stderrTerminal = false, IReadOnlyDictionary<string, string>? variables = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var bytes = Encoding.UTF8.GetBytes(stdin ?? "");
        var env = new CliEnvironment(output, error, () => new MemoryStream(bytes, writable: false),
            StdinIsTerminal: false, StdoutIsTerminal: terminal, StderrIsTerminal: stderrTerminal, Width);
        if (variables is not null)
        {
            env = env with { GetVariable = name => variables.GetValueOrDefault(name) };
        }
        var code = await PoPathApp.RunAsync(args, env, CancellationToken.None);
        return new CliRun(code, Normalise(output.ToString()), Normalise(error.ToString()));
    }

    /// <summary>Line endings as <c>\n</c>.</summary>
    public static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
