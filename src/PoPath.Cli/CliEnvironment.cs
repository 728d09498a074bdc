namespace PoPath.Cli;

/// <summary>The process's streams and terminal facts, injectable so that commands are testable.</summary>
/// <param name="StdinIsTerminal">True when standard input is attached to a terminal (then "-" waits for typed input).</param>
/// <param name="StdoutIsTerminal">True when standard output is a terminal: colours on, unless NO_COLOR is set.</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal: progress bars are drawn there.</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStdin,
    bool StdinIsTerminal,
    bool StdoutIsTerminal,
    bool StderrIsTerminal,
    int Width)
{
    /// <summary>Reads an environment variable (tokens for the live connectors come from there, never from arguments).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The console the interactive questions are asked on; null means standard error and the keyboard (tests inject a test console).</summary>
    public Spectre.Console.IAnsiConsole? PromptConsole { get; init; }

    public static CliEnvironment FromConsole()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var stdoutTerminal = !Console.IsOutputRedirected;
        int width;
        try
        {
            width = stdoutTerminal ? Math.Max(80, Console.WindowWidth) : 120;
        }
        catch (IOException)
        {
            width = 120;
        }

        return new CliEnvironment(Console.Out, Console.Error, Console.OpenStandardInput, !Console.IsInputRedirected,
            stdoutTerminal && !noColor, !Console.IsErrorRedirected, width);
    }
}
