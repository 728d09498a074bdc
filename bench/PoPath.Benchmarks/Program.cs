using BenchmarkDotNet.Running;
using PoPath.Benchmarks;

// `throughput`: the macro figures of docs/benchmarks/check.md (engine items/s, parse vs. analysis, end-to-end check).
// `--smoke`: the same code paths once on a small input, for CI.
// Anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
if (args.Length > 0 && args[0] is "throughput" or "--smoke")
{
    return await Throughput.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
