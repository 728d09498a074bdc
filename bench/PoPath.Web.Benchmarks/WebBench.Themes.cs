using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PoPath.Core.Insights;
using PoPath.Import.Feedback;
using PoPath.Web.Hosting;

namespace PoPath.Web.Benchmarks;

/// <summary>The themes and summary pages on a real feedback set: the first view (themes computed) against repeat views (served from the cache).</summary>
internal static partial class WebBench
{
    public static async Task<int> RunThemesAsync(string[] args)
    {
        var items = Arg(args, "--items", 1_000);
        var repeats = Arg(args, "--repeats", 30);
        var dir = Directory.CreateTempSubdirectory("popath-webbench-").FullName;
        var workspace = "themes-" + DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        await using var app = await PoPathWebApp.BuildAsync(new WebOptions("http://127.0.0.1:0", Path.Combine(dir, "bench.db")));
        app.Services.GetRequiredService<SetupConsole>().Writer = TextWriter.Null;
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var email = workspace + "@example.com";
        await SeedAsync(app.Services, workspace, email, items);

        var (name, entries) = await FeedbackAsync(args);
        var store = await app.Services.GetRequiredService<StoreHolder>().GetAsync();
        await store.ImportFeedbackAsync(workspace, name, entries);
        Console.WriteLine($"themes page bench: {entries.Count:N0} feedback entries of {name}, {items:N0} backlog items, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        using var client = await SignInAsync(baseUrl, email);
        foreach (var (label, path) in new[] { ("themes page", $"/w/{workspace}/feedback/themes"), ("summary page (themes cached)", $"/w/{workspace}/feedback/summary") })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            using (var first = await client.GetAsync(path))
            {
                _ = await first.Content.ReadAsByteArrayAsync();
                first.EnsureSuccessStatusCode();
            }

            var firstMs = sw.Elapsed.TotalMilliseconds;
            var firstCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                sw.Restart();
                using var r = await client.GetAsync(path);
                _ = await r.Content.ReadAsByteArrayAsync();
                times.Add(sw.Elapsed.TotalMilliseconds);
                r.EnsureSuccessStatusCode();
            }

            Console.WriteLine($"{label,-30} first view {firstMs,8:F0} ms wall, {firstCpu,8:F0} ms CPU | repeat views (n={repeats}) p50 {P(times, 50),6:F1} p95 {P(times, 95),6:F1} ms wall");
        }

        await app.StopAsync();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    /// <summary>Banking77's test split from ../shared/data beside the repository (3,080 real customer questions), or <c>--feedback FILE</c>.</summary>
    private static async Task<(string Name, IReadOnlyList<FeedbackEntry> Entries)> FeedbackAsync(string[] args)
    {
        var path = ArgText(args, "--feedback") ?? Path.Combine(RepoRoot(), "..", "shared", "data", "feedback", "banking77", "test.csv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no feedback file at {path}: give one with --feedback FILE (see ../shared/data/feedback/README.md)", path);
        }

        var read = await FeedbackReader.ReadAsync(path);
        return (read.Name, read.Entries);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PoPath.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
