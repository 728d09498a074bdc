using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.Readiness;
using PoPath.Import;

namespace PoPath.Benchmarks;

/// <summary>Macro benchmark of the practical test: bare CSV parse, load, engine (one core and all cores), and the whole <c>popath check</c> process.</summary>
internal static class Throughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var outIndex = Array.IndexOf(args, "--out");
        var outFile = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;
        var repeats = smoke ? 1 : 5;

        string file, what;
        var folder = SharedData.StoryPointFolder();
        if (smoke || folder is null)
        {
            if (!smoke)
            {
                Console.Error.WriteLine("shared data not found (../shared/data beside the repository): measuring a synthetic backlog instead");
            }

            file = SharedData.Synthetic(smoke ? 500 : 20_000);
            what = "synthetic backlog";
        }
        else
        {
            file = SharedData.ConcatenateStoryPoints(folder);
            what = "the 16 files of seanalytics-storypoint-tse2018, concatenated";
        }

        var bytes = new FileInfo(file).Length;
        var mb = bytes / 1_000_000.0;

        var parse = Median(repeats, () => BareParse(file));
        var loaded = await BacklogLoader.LoadAsync(file, "auto");
        if (loaded.Failed)
        {
            foreach (var d in loaded.Diagnostics)
            {
                Console.Error.WriteLine(d);
            }

            return 3;
        }

        var load = await MedianAsync(repeats, async () => { await BacklogLoader.LoadAsync(file, "auto"); });
        var items = loaded.Items;
        var engine = ReadinessEngine.Default;
        engine.Run(items.Take(200), parallel: false); // warm-up: regex compilation and JIT
        var single = Median(repeats, () => engine.Run(items, parallel: false));
        var multi = Median(repeats, () => engine.Run(items, parallel: true));
        var e2e = smoke ? null : EndToEnd(file, repeats: 3);

        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"Input: {what} — {items.Count:N0} items, {mb:0.0} MB ({Path.GetFileName(file)}).");
        sb.AppendLine();
        sb.AppendLine("| measure | median of runs | rate |");
        sb.AppendLine("|---|---:|---:|");
        sb.AppendLine(inv, $"| bare CSV parse (CsvHelper, every field read) | {parse.TotalMilliseconds:0} ms | {mb / parse.TotalSeconds:0.0} MB/s |");
        sb.AppendLine(inv, $"| load (decode, parse, map to items) | {load.TotalMilliseconds:0} ms | {items.Count / load.TotalSeconds:N0} items/s |");
        sb.AppendLine(inv, $"| engine, one core | {single.TotalMilliseconds:0} ms | {items.Count / single.TotalSeconds:N0} items/s, {mb / single.TotalSeconds:0.0} MB/s |");
        sb.AppendLine(inv, $"| engine, {Environment.ProcessorCount} cores | {multi.TotalMilliseconds:0} ms | {items.Count / multi.TotalSeconds:N0} items/s |");
        sb.AppendLine();
        sb.AppendLine(inv, $"Analysis cost / bare CSV parse cost: one core {single / parse:0.00}×, {Environment.ProcessorCount} cores {multi / parse:0.00}× (target ≤ 3×).");
        if (e2e is { } r)
        {
            sb.AppendLine(inv, $"End to end `popath check <file> --output json > /dev/null`: wall {r.Wall.TotalSeconds:0.00} s, peak memory {r.PeakMb:0} MB (median of 3; targets < 3 s and < 500 MB).");
        }

        sb.AppendLine();
        sb.AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {CpuModel()}.");
        Console.Write(sb.ToString());
        if (outFile is not null)
        {
            await File.WriteAllTextAsync(outFile, sb.ToString());
        }

        return 0;
    }

    private static int BareParse(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var fields = 0;
        while (parser.Read())
        {
            for (var i = 0; i < parser.Count; i++)
            {
                fields += parser[i].Length > 0 ? 1 : 0;
            }
        }

        return fields;
    }

    private static TimeSpan Median(int repeats, Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static TimeSpan Median<T>(int repeats, Func<T> func) => Median(repeats, () => { _ = func(); });

    private static async Task<TimeSpan> MedianAsync(int repeats, Func<Task> action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            await action();
            times.Add(sw.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static (TimeSpan Wall, double PeakMb)? EndToEnd(string file, int repeats)
    {
        var dll = Path.Combine(SharedData.RepoRoot(), "src", "PoPath.Cli", "bin", "Release", "net10.0", "popath.dll");
        if (!File.Exists(dll) || !File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine($"end-to-end skipped: needs {dll} (dotnet build -c Release) and /usr/bin/time");
            return null;
        }

        var runs = new List<(TimeSpan, double)>();
        for (var i = 0; i < repeats; i++)
        {
            var psi = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M", "dotnet", dll, "check", file, "--output", "json"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var p = Process.Start(psi)!;
            var drain = p.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            drain.Wait();
            var last = err.TrimEnd().Split('\n')[^1].Split(' ');
            runs.Add((TimeSpan.FromSeconds(double.Parse(last[0], CultureInfo.InvariantCulture)), double.Parse(last[1], CultureInfo.InvariantCulture) / 1024));
        }

        var ordered = runs.OrderBy(r => r.Item1).ToList();
        return ordered[ordered.Count / 2];
    }

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
