namespace PoPath.Cli.Tests.Support;

/// <summary>What one in-process run of <c>popath</c> produced: its exit code and both streams, line endings normalised to <c>\n</c>.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
