using PoPath.Cli;

namespace PoPath.Storage.Tests.Support;

/// <summary>Runs the popath command in-process with captured streams.</summary>
internal static class Cli
{
    public static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => RunAsync(args, variables: null);

    /// <param name="variables">The environment the command sees (only these variables); null for the process's own.</param>
    public static async Task<(int Code, string Out, string Err)> RunAsync(string[] args, IReadOnlyDictionary<string, string>? variables)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var env = new CliEnvironment(o, e, () => Stream.Null, false, false, false, 120);
        if (variables is not null)
        {
            env = env with { GetVariable = name => variables.GetValueOrDefault(name) };
        }

        var code = await PoPathApp.RunAsync(args, env);
        return (code, o.ToString(), e.ToString());
    }
}
