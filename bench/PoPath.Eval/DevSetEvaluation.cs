namespace PoPath.Eval;

internal static class DevSetEvaluation
{
    public static Task<int> RunAsync(string dataRoot, string devSet, TextWriter output)
    {
        output.WriteLine($"devset: not yet ({dataRoot}, {devSet})");
        return Task.FromResult(0);
    }
}
