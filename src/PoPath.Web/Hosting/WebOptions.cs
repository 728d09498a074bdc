namespace PoPath.Web.Hosting;

/// <summary>How <c>popath serve</c> starts the web app.</summary>
/// <param name="Urls">Addresses to listen on (semicolon-separated), as ASP.NET Core's <c>--urls</c>.</param>
/// <param name="Db">The <c>--db</c> value (file path, connection string or URL); null: <c>POPATH_DB</c>, then the default file.</param>
/// <param name="Demo">Load the sample backlog into the workspace <c>demo</c> when it has no snapshot yet.</param>
/// <param name="SelfCheck">Start, request the main pages over HTTP, print what was found and stop.</param>
internal sealed record WebOptions(string Urls = WebOptions.DefaultUrls, string? Db = null, bool Demo = false, bool SelfCheck = false)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Reads <c>--urls</c>, <c>--db</c>, <c>--demo</c> and <c>--self-check</c> for the stand-alone web host.</summary>
    public static WebOptions FromArgs(IReadOnlyList<string> args)
    {
        var o = new WebOptions();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--urls" when i + 1 < args.Count: o = o with { Urls = args[++i] }; break;
                case "--db" when i + 1 < args.Count: o = o with { Db = args[++i] }; break;
                case "--demo": o = o with { Demo = true }; break;
                case "--self-check": o = o with { SelfCheck = true }; break;
                default: break;
            }
        }

        return o;
    }
}
