using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using PoPath.Import.History;
using PoPath.Import.Jira;

namespace PoPath.Benchmarks;

/// <summary>
/// Macro benchmark of the history import: a synthetic Jira search response (100,000 issues, 1,000,000 changelog
/// entries by default) generated into a temp folder, read by a bare System.Text.Json pass, by the streaming reader
/// alone and by the whole <see cref="HistoryLoader"/>, in one run. <c>import-bench [--issues N] [--smoke] [--out FILE]</c>.
/// </summary>
internal static class ImportBench
{
    private const int HistoriesPerIssue = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var issues = Arg(args, "--issues") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : smoke ? 2_000 : 100_000;
        var outFile = Arg(args, "--out");
        if (Arg(args, "--write") is { } only)
        {
            // Just the synthetic file, for end-to-end runs of `popath import --history` under /usr/bin/time.
            Generate(only, issues);
            Console.WriteLine($"wrote {issues:N0} issues to {only}");
            return 0;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"popath-import-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "search.json");
            var clock = Stopwatch.StartNew();
            Generate(file, issues);
            var bytes = new FileInfo(file).Length;
            Console.WriteLine($"generated {issues:N0} issues, {issues * HistoriesPerIssue:N0} changelog entries, {bytes / 1e6:N1} MB in {clock.Elapsed.TotalSeconds:N1} s");

            var scan = await MeasureAsync("bare Utf8JsonReader pass (tokens only)", () => Task.FromResult(Scan(file)));
            var dom = await MeasureAsync("bare JsonDocument.ParseAsync (whole file)", async () =>
            {
                await using var s = File.OpenRead(file);
                using var doc = await JsonDocument.ParseAsync(s);
                return (long)doc.RootElement.GetProperty("issues").GetArrayLength();
            });
            var split = await MeasureAsync("JSON split into issue elements only (PoPath's JsonStream)", async () =>
            {
                await using var s = File.OpenRead(file);
                long parts = 0;
                await foreach (var part in PoPath.Import.Json.JsonStream.ReadAsync(s, new HashSet<string> { "issues" }, 256L * 1024 * 1024))
                {
                    parts += part.Error is null ? 1 : throw new InvalidOperationException(part.Error);
                }

                return parts;
            });
            var reader = await MeasureAsync("JiraHistoryReader stream (events counted, not kept)", async () =>
            {
                await using var s = File.OpenRead(file);
                long events = 0;
                await foreach (var r in new JiraHistoryReader().ReadAsync(s, file))
                {
                    events += r.Event is null ? 0 : 1;
                }

                return events;
            });
            var loader = await MeasureAsync("HistoryLoader.LoadAsync (whole history kept)", async () =>
            {
                var h = await HistoryLoader.LoadAsync(file);
                if (h.Failed)
                {
                    throw new InvalidOperationException(string.Join("\n", h.Diagnostics));
                }

                return h.Events.Count;
            });

            var streamed = await MeasureAsync("HistoryLoader.LoadAsync with an event sink (events handed on, not kept)", async () =>
            {
                long events = 0;
                var h = await HistoryLoader.LoadAsync(file, PoPath.Import.ImportOptions.Default, _ =>
                {
                    events++;
                    return ValueTask.CompletedTask;
                });
                return h.Failed ? throw new InvalidOperationException(string.Join("\n", h.Diagnostics)) : events;
            });

            var report = Report(issues, bytes, [scan, dom, split, reader, loader, streamed]);
            Console.WriteLine(report);
            if (outFile is not null)
            {
                await File.WriteAllTextAsync(outFile, report);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private sealed record Result(string What, TimeSpan Time, long Count, long PeakManagedBytes, long PeakWorkingSet, TimeSpan Cpu);

    private static async Task<Result> MeasureAsync(string what, Func<Task<long>> run)
    {
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(true);
        var peakManaged = 0L;
        var peakWs = 0L;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false) - baseline);
                peakWs = Math.Max(peakWs, Environment.WorkingSet);
                await Task.Delay(20).ConfigureAwait(false);
            }
        });
        // CPU time of the whole process (all threads, GC included) beside the wall time: on a machine shared with other
        // work the wall time stretches, the CPU a step needs much less so.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = await run();
        var time = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await stop.CancelAsync();
        await sampler;
        Console.WriteLine($"{what}: {time.TotalSeconds:N2} s, CPU {cpu.TotalSeconds:N2} s, {count:N0}, peak managed +{peakManaged / 1e6:N0} MB");
        return new Result(what, time, count, peakManaged, peakWs, cpu);
    }

    private static long Scan(string file)
    {
        using var s = File.OpenRead(file);
        var buffer = new byte[1 << 20];
        var state = default(JsonReaderState);
        var length = 0;
        long tokens = 0;
        while (true)
        {
            var got = s.Read(buffer, length, buffer.Length - length);
            length += got;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), got == 0, state);
            while (reader.Read())
            {
                tokens++;
            }

            var consumed = (int)reader.BytesConsumed;
            state = reader.CurrentState;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (got == 0)
            {
                return tokens;
            }
        }
    }

    private static void Generate(string file, int issues)
    {
        using var w = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        w.Write("{\"startAt\":0,\"maxResults\":");
        w.Write(issues);
        w.Write(",\"total\":");
        w.Write(issues);
        w.Write(",\"issues\":[\n");
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < issues; i++)
        {
            var created = start.AddMinutes(i);
            w.Write(i == 0 ? "" : ",\n");
            w.Write($"{{\"id\":\"{10000 + i}\",\"key\":\"BEN-{i + 1}\",\"fields\":{{\"summary\":\"As a buyer I want feature {i} so that I check out faster\",");
            w.Write($"\"description\":\"Story {i}. Acceptance: the order is saved.\",\"issuetype\":{{\"name\":\"Story\"}},\"status\":{{\"name\":\"In Progress\"}},\"priority\":{{\"name\":\"Medium\"}},");
            w.Write($"\"labels\":[\"web\"],\"created\":\"{created:yyyy-MM-dd'T'HH:mm:ss.fff}+0000\",\"reporter\":{{\"displayName\":\"Pat PO\"}},");
            w.Write($"\"customfield_10020\":[{{\"id\":{(i % 50) + 1},\"name\":\"Sprint {(i % 50) + 1}\",\"state\":\"closed\",\"boardId\":1,\"goal\":\"\",\"startDate\":\"2024-01-01T00:00:00.000Z\",\"endDate\":\"2024-01-15T00:00:00.000Z\"}}],");
            w.Write($"\"customfield_10019\":\"0|i{i:x6}:\"}},\"changelog\":{{\"startAt\":0,\"maxResults\":{HistoriesPerIssue},\"total\":{HistoriesPerIssue},\"histories\":[");
            for (var h = 0; h < HistoriesPerIssue; h++)
            {
                var at = created.AddHours(h + 1);
                var item = (h % 4) switch
                {
                    0 => $"{{\"field\":\"status\",\"fieldtype\":\"jira\",\"fieldId\":\"status\",\"from\":\"1\",\"fromString\":\"To Do\",\"to\":\"3\",\"toString\":\"In Progress\"}}",
                    1 => $"{{\"field\":\"Sprint\",\"fieldtype\":\"custom\",\"fieldId\":\"customfield_10020\",\"from\":\"\",\"fromString\":\"\",\"to\":\"{(i % 50) + 1}\",\"toString\":\"Sprint {(i % 50) + 1}\"}}",
                    2 => "{\"field\":\"Rank\",\"fieldtype\":\"custom\",\"fieldId\":\"customfield_10019\",\"from\":\"\",\"fromString\":\"\",\"to\":\"\",\"toString\":\"Ranked higher\"}",
                    _ => "{\"field\":\"priority\",\"fieldtype\":\"jira\",\"fieldId\":\"priority\",\"from\":\"3\",\"fromString\":\"Medium\",\"to\":\"2\",\"toString\":\"High\"}",
                };
                w.Write(h == 0 ? "" : ",");
                w.Write($"{{\"id\":\"{(i * HistoriesPerIssue) + h}\",\"author\":{{\"accountId\":\"a{h % 7}\",\"displayName\":\"User {h % 7}\"}},\"created\":\"{at:yyyy-MM-dd'T'HH:mm:ss.fff}+0000\",\"items\":[{item}]}}");
            }

            w.Write("]}}");
        }

        w.Write("\n]}\n");
    }

    private static string Report(int issues, long bytes, Result[] results)
    {
        var scan = results[0];
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Synthetic Jira search response: {issues:N0} issues, {issues * HistoriesPerIssue:N0} changelog entries, {bytes / 1e6:N1} MB.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}.");
        sb.AppendLine();
        var dom = results[1];
        sb.AppendLine("| step | time | CPU time | throughput | × bare token pass | × bare JsonDocument (time / CPU) | peak managed memory |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var rate = r.What.StartsWith("bare", StringComparison.Ordinal)
                ? $"{bytes / 1e6 / r.Time.TotalSeconds:N0} MB/s"
                : $"{r.Count / r.Time.TotalSeconds:N0} events/s";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.What} | {r.Time.TotalSeconds:N2} s | {r.Cpu.TotalSeconds:N2} s | {rate} | {r.Time / scan.Time:N1} | {r.Time / dom.Time:N2} / {r.Cpu / dom.Cpu:N2} | {r.PeakManagedBytes / 1e6:N0} MB |");
        }

        return sb.ToString();
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
