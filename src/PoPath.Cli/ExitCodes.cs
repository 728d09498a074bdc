namespace PoPath.Cli;

/// <summary>The exit codes of DESIGN §7.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int FailUnder = 1;
    public const int Usage = 2;
    public const int Input = 3;

    /// <summary>The optional generative step (<c>--rephrase</c>) failed; the offline result was still printed.</summary>
    public const int Generative = 4;
}
