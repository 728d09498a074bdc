using System.Diagnostics;
using System.Text.Json;
using PoPath.Core.Insights;

namespace PoPath.Eval;

/// <summary>`themes-profile --input FILE.jsonl --k N`: where ThemeFinder's time goes, stage by stage.</summary>
internal static class ThemeProfile
{
    public static int Run(string[] args, TextWriter output)
    {
        var input = args[Array.IndexOf(args, "--input") + 1];
        var k = int.Parse(args[Array.IndexOf(args, "--k") + 1], System.Globalization.CultureInfo.InvariantCulture);
        var texts = File.ReadLines(input).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var lex = AssistLexicon.English;
        var w = Stopwatch.StartNew();
        void Lap(string what)
        {
            output.WriteLine($"{what}: {w.Elapsed.TotalMilliseconds:0} ms");
            w.Restart();
        }

        var words = TfidfModel.Fit(texts, TermKind.Words, 1, 2, 2, lex.StopWords);
        Lap($"words fit ({words.Terms.Length} terms)");
        var chars = TfidfModel.Fit(texts, TermKind.CharWithinWords, 2, 5, 2, lex.StopWords);
        Lap($"chars fit ({chars.Terms.Length} terms, {chars.Rows.Columns.Length} nnz)");
        var rows = SparseRows.Concat(chars.Rows, 1f, words.Rows, 0.5f);
        Lap("concat");
        var e = RandomizedSvd.Project(rows, 100, 42);
        Lap("svd");
        var r = KMeans.Run(e, texts.Length, 100, k, 42, 3);
        Lap($"kmeans ({r.Iterations} iterations in the best run)");
        return 0;
    }
}
