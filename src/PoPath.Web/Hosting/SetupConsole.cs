namespace PoPath.Web.Hosting;

/// <summary>Where the one-time set-up link is printed: the console of <c>popath serve</c>.</summary>
internal sealed class SetupConsole
{
    public TextWriter Writer { get; set; } = Console.Out;

    /// <summary>The last set-up link printed (tests read it instead of the console).</summary>
    public string? LastLink { get; private set; }

    public void PrintSetupLink(string link)
    {
        LastLink = link;
        Writer.WriteLine();
        Writer.WriteLine("No administrator yet. Open this one-time link to create the first account (valid 24 hours):");
        Writer.WriteLine("  " + link);
        Writer.WriteLine();
    }
}
