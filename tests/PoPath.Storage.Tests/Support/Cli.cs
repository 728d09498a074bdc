using PoPath.Cli;

namespace PoPath.Storage.Tests.Support;

/// <summary>Runs the popath command in-process with captured streams.</summary>
internal static class Cli
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var env = new CliEnvironment(o, e, () => Stream.Null, false, false, false, 120);
        var code = await PoPathApp.RunAsync(args, env);
        return (code, o.ToString(), e.ToString());
    }
}
