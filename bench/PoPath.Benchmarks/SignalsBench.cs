using System.Diagnostics;
using System.Globalization;
using PoPath.Core.History;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;

namespace PoPath.Benchmarks;

/// <summary>
/// All six signals and both finding rules over a synthetic history: 1,000 sprints and 1,000,000 events by default
/// (docs/benchmarks/signals.md). <c>signals-bench [--sprints N] [--events N] [--smoke]</c>.
/// </summary>
/// <remarks>
/// The history is generated in time order, as <see cref="BacklogHistory"/> promises (the engine then skips its sort);
/// a second figure runs the same events shuffled, which forces the sort. Each figure is the median of five runs after
/// one warm-up, measured on the engine call alone (the history and the practical test of the snapshot are built first).
/// </remarks>
internal static class SignalsBench
{
    private static readonly string[] Actors = ["Pat PO", "Sam Sales", "Val VP", "Dev One", "Dev Two", "Kim Support"];
    private static readonly string?[] Resolutions = ["Done", "Done", "Done", "Won't Do", "Declined"];

    public static int Run(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var sprints = Arg(args, "--sprints", smoke ? 20 : 1_000);
        var eventCount = Arg(args, "--events", smoke ? 20_000 : 1_000_000);
        var repeats = smoke ? 1 : 5;

        var watch = Stopwatch.StartNew();
        var history = Generate(sprints, eventCount, out var snapshot);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"history: {history.Sprints.Count:N0} sprints, {history.Items.Count:N0} items, {history.Events.Count:N0} events (generated in {watch.Elapsed.TotalSeconds:0.0} s)"));
        var snapshots = new[] { snapshot };

        var ordered = Measure("events in time order", history, snapshots, repeats);
        var shuffled = history.Events.ToArray();
        new Random(7).Shuffle(shuffled);
        Measure("events shuffled (engine sorts them)", history with { Events = shuffled }, snapshots, repeats);
        Breakdown(history, snapshots);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MB; processors: {Environment.ProcessorCount}"));
        return ordered.TotalSeconds < 1 || smoke ? 0 : 1;
    }

    /// <summary>Each signal and rule alone (one run each after the warm-up), to see where the time goes.</summary>
    private static void Breakdown(BacklogHistory history, SnapshotReading[] snapshots)
    {
        var none = new SignalEngineBuilder().Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  context alone (indexes, periods, product owner): {Time(() => none.Run(history, null, snapshots))}"));
        foreach (var d in SignalEngine.Default.Signals)
        {
            var signal = d.Id switch
            {
                "random_demand" => (ISignal)new PoPath.Core.Signals.Measures.RandomDemandSignal(),
                "order_overrides" => new PoPath.Core.Signals.Measures.OrderOverridesSignal(),
                "wait_transparency" => new PoPath.Core.Signals.Measures.WaitTransparencySignal(),
                "review_learning" => new PoPath.Core.Signals.Measures.ReviewLearningSignal(),
                "outcome_talk" => new PoPath.Core.Signals.Measures.OutcomeTalkSignal(),
                _ => new PoPath.Core.Signals.Measures.DecisionQualitySignal(),
            };
            var engine = new SignalEngineBuilder().Use(signal).Build();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  context + {d.Id}: {Time(() => engine.Run(history, null, snapshots))}"));
        }

        var rules = new SignalEngineBuilder().UseFindings().Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  context + both finding rules: {Time(() => rules.Run(history, null, snapshots))}"));
    }

    /// <summary>Wall and CPU time of one run (the best of three).</summary>
    private static string Time(Action action)
    {
        var process = Process.GetCurrentProcess();
        var best = (Wall: double.MaxValue, Cpu: double.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            var wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            best = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, (process.TotalProcessorTime - cpu).TotalMilliseconds));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{best.Wall:0} ms wall, {best.Cpu:0} ms CPU");
    }

    private static TimeSpan Measure(string what, BacklogHistory history, SnapshotReading[] snapshots, int repeats)
    {
        var result = SignalEngine.Default.Run(history, null, snapshots); // warm-up
        var times = new List<TimeSpan>();
        var cpu = new List<TimeSpan>();
        long allocated = 0;
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = SignalEngine.Default.Run(history, null, snapshots);
            times.Add(watch.Elapsed);
            process.Refresh();
            cpu.Add(process.TotalProcessorTime - cpuBefore);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        cpu.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {median.TotalMilliseconds:0} ms wall (min {times[0].TotalMilliseconds:0}, max {times[^1].TotalMilliseconds:0}), median {cpu[cpu.Count / 2].TotalMilliseconds:0} ms CPU, over {repeats} runs; {allocated / (1024.0 * 1024):0} MB allocated per run; {result.Periods.Count} periods, {result.Findings.Count} findings, {result.Problems.Count} problems"));
        return median;
    }

    /// <summary>One week per sprint; per sprint items planned before the start, some added while it runs, rank and priority changes by several people, comments, status changes and resolutions.</summary>
    internal static BacklogHistory Generate(int sprintCount, int eventCount, out SnapshotReading snapshot)
    {
        var r = new Random(42);
        var origin = new DateTimeOffset(2000, 1, 3, 9, 0, 0, TimeSpan.Zero);
        var sprints = Enumerable.Range(0, sprintCount).Select(i => new Sprint
        {
            Id = (i + 1).ToString(CultureInfo.InvariantCulture),
            Name = "Sprint " + (i + 1).ToString(CultureInfo.InvariantCulture),
            Start = origin.AddDays(7 * i),
            End = origin.AddDays(7 * (i + 1)),
            Completed = origin.AddDays(7 * (i + 1)).AddMinutes(-30),
            State = SprintState.Closed,
        }).ToList();
        var perSprint = Math.Max(1, eventCount / sprintCount);
        var itemsPerSprint = Math.Max(2, perSprint / 20);
        var items = new List<BacklogItem>(sprintCount * itemsPerSprint);
        var events = new List<ItemEvent>(eventCount);
        for (var s = 0; s < sprintCount && events.Count < eventCount; s++)
        {
            var start = sprints[s].Start!.Value;
            var firstItem = items.Count;
            for (var k = 0; k < itemsPerSprint; k++)
            {
                var id = "B-" + items.Count.ToString(CultureInfo.InvariantCulture);
                items.Add(new BacklogItem { Id = id, Title = "Item " + id, Rank = items.Count + 1, Created = start.AddDays(-r.Next(1, 60)), StoryPoints = r.Next(1, 9) });
            }

            var batch = new List<ItemEvent>(perSprint);
            for (var e = 0; e < perSprint; e++)
            {
                var item = "B-" + (firstItem + r.Next(itemsPerSprint)).ToString(CultureInfo.InvariantCulture);
                var roll = r.Next(100);
                var at = roll < 15 ? start.AddMinutes(-r.Next(1, 4 * 24 * 60)) : start.AddMinutes(r.Next(7 * 24 * 60));
                var (kind, sprint, to) = roll switch
                {
                    < 15 => (ItemEventKind.AddedToSprint, sprints[s].Id, sprints[s].Name),
                    < 18 => (ItemEventKind.AddedToSprint, sprints[s].Id, sprints[s].Name),
                    < 19 => (ItemEventKind.RemovedFromSprint, sprints[s].Id, (string?)null),
                    < 45 => (ItemEventKind.RankMoved, null, null),
                    < 50 => (ItemEventKind.PriorityChanged, null, "High"),
                    < 75 => (ItemEventKind.Commented, null, "because of the audit"),
                    < 95 => (ItemEventKind.StatusChanged, null, r.Next(10) == 0 ? "On Hold" : "In Progress"),
                    < 98 => (ItemEventKind.Resolved, null, Resolutions[r.Next(Resolutions.Length)]),
                    _ => (ItemEventKind.LabelChanged, null, "customer"),
                };
                batch.Add(new ItemEvent
                {
                    ItemId = item,
                    Kind = kind,
                    At = at,
                    Actor = Actors[r.Next(Actors.Length) is var a && a < 3 ? 0 : a], // the PO makes about half of everything
                    SprintId = sprint,
                    To = to,
                    From = kind == ItemEventKind.PriorityChanged ? "Medium" : null,
                    Direction = kind == ItemEventKind.RankMoved ? RankDirection.Up : null,
                    ChangeId = (events.Count + batch.Count).ToString(CultureInfo.InvariantCulture),
                });
            }

            events.AddRange(batch);
        }

        events.Sort((a, b) => a.At.CompareTo(b.At));
        var top = items.Take(200).Select((i, k) => (k % 3 == 0 ? PoPath.Testing.Some.ReadyItem(i.Id, i.Rank) : i)).ToList();
        snapshot = new SnapshotReading(sprints[^1].End!.Value, ReadinessEngine.Default.Run(top), "snapshot 1");
        return new BacklogHistory("synthetic", "synthetic", items, sprints, events, []);
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
    }
}
