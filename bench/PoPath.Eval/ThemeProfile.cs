using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PoPath.Core.Insights;

namespace PoPath.Eval;

/// <summary>`themes-profile --input FILE.jsonl --k N|auto [--dims D] [--restarts R]`: where ThemeFinder's time goes, stage by stage (wall and process CPU).</summary>
internal static class ThemeProfile
{
    public static int Run(string[] args, TextWriter output)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var input = Arg("--input", string.Empty);
        var kText = Arg("--k", "auto");
        var defaults = new ThemeOptions();
        var options = defaults with
        {
            K = kText == "auto" ? null : int.Parse(kText, CultureInfo.InvariantCulture),
            Dimensions = int.Parse(Arg("--dims", defaults.Dimensions.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            PowerIterations = int.Parse(Arg("--power-iterations", defaults.PowerIterations.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            Restarts = int.Parse(Arg("--restarts", defaults.Restarts.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
        };
        var texts = File.ReadLines(input).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var lex = options.Lexicon;
        var process = Process.GetCurrentProcess();
        var w = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        void Lap(string what)
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {w.Elapsed.TotalMilliseconds:0} ms wall, {(now - cpu).TotalMilliseconds:0} ms CPU"));
            cpu = now;
            w.Restart();
        }

        var words = TfidfModel.Fit(texts, TermKind.Words, 1, 2, options.MinDocumentFrequency, lex.StopWords);
        Lap($"words fit ({words.Terms.Length} terms)");
        var chars = TfidfModel.Fit(texts, TermKind.CharWithinWords, options.CharMin, options.CharMax, options.MinDocumentFrequency, lex.StopWords);
        Lap($"chars fit ({chars.Terms.Length} terms, {chars.Rows.Columns.Length} nnz)");
        var rows = SparseRows.Concat(chars.Rows, 1f, words.Rows, options.WordWeight);
        Lap("concat");
        RandomizedSvd.Stage = stage => Lap("  svd: " + stage);
        var width = RandomizedSvd.Width(rows, options.Dimensions);
        var e = RandomizedSvd.Project(rows, width, options.Seed, options.PowerIterations);
        RandomizedSvd.Stage = null;
        Lap($"svd (width {width})");
        var k = options.K ?? ThemeFinder.ChooseK(e, texts.Length, width, options, []);
        if (options.K is null)
        {
            Lap($"choose k (chose {k})");
        }

        KMeans.Stage = stage => Lap("  kmeans: " + stage);
        var r = KMeans.Run(e, texts.Length, width, k, options.Seed, options.Restarts);
        Lap($"kmeans k={k} ({r.Iterations} iterations in the best of {options.Restarts} runs)");
        return 0;
    }
}
