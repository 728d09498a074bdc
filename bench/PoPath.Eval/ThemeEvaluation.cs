using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PoPath.Core.Insights;

namespace PoPath.Eval;

/// <summary>
/// `themes --input FILE.jsonl --k N|auto [--seed S] --predictions OUT`: themes the texts of a JSON-lines file
/// (<c>{"text": …}</c> a line) and writes one theme number a line; prints the time and the chosen k as JSON.
/// bench/themes/run.sh calls it next to scikit-learn and scores both with the same metric code.
/// </summary>
internal static class ThemeEvaluation
{
    public static int Run(string[] args, TextWriter output)
    {
        string Arg(string name, string? fallback = null)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        }

        var input = Arg("--input");
        var kText = Arg("--k", "auto");
        var seed = int.Parse(Arg("--seed", "42"), CultureInfo.InvariantCulture);
        var predictions = Arg("--predictions");
        var entries = new List<FeedbackEntry>();
        foreach (var line in File.ReadLines(input))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            entries.Add(new FeedbackEntry { Id = entries.Count.ToString(CultureInfo.InvariantCulture), Text = doc.RootElement.GetProperty("text").GetString()! });
        }

        var defaults = new ThemeOptions();
        var options = defaults with
        {
            Seed = seed,
            K = kText == "auto" ? null : int.Parse(kText, CultureInfo.InvariantCulture),
            Dimensions = int.Parse(Arg("--dims", defaults.Dimensions.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            WordWeight = float.Parse(Arg("--word-weight", defaults.WordWeight.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            PowerIterations = int.Parse(Arg("--power-iterations", defaults.PowerIterations.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            SelectionSample = int.Parse(Arg("--selection-sample", defaults.SelectionSample.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            Restarts = int.Parse(Arg("--restarts", defaults.Restarts.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
        };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var set = ThemeFinder.Find(entries, options);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        File.WriteAllLines(predictions, set.Assignments.Select(a => a.ToString(CultureInfo.InvariantCulture)));
        output.WriteLine(JsonSerializer.Serialize(new
        {
            seconds,
            cpu_seconds = cpuSeconds,
            k = set.Themes.Count,
            texts = entries.Count,
            pipeline = set.Pipeline,
            candidates = set.Candidates.Select(c => new { c.K, c.Silhouette }),
        }));
        return 0;
    }
}
