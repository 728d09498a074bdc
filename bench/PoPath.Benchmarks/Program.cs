using BenchmarkDotNet.Running;
using PoPath.Benchmarks;

// `throughput`: the macro figures of docs/benchmarks/check.md (engine items/s, parse vs. analysis, end-to-end check).
// `--smoke`: the same code paths once on a small input, for CI.
// Anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
// `import-bench [--issues N] [--smoke] [--out FILE]`: history import throughput and memory (docs/benchmarks/import.md).
if (args.Length > 0 && args[0] is "import-bench")
{
    return await ImportBench.RunAsync(args);
}

// `storage-bench`: the storage import and overview figures of docs/benchmarks/storage.md.
if (args.Length > 0 && args[0] == "storage-bench")
{
    return await StorageBench.RunAsync(args);
}

// `signals-bench [--sprints N] [--events N] [--smoke]`: all signals over 1,000 sprints and 1,000,000 events (docs/benchmarks/signals.md).
if (args.Length > 0 && args[0] == "signals-bench")
{
    return SignalsBench.Run(args);
}

if (args.Length > 0 && args[0] is "throughput" or "--smoke")
{
    return await Throughput.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
