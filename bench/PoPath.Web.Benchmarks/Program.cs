using PoPath.Web.Benchmarks;

// `dotnet run --project bench/PoPath.Web.Benchmarks -c Release -- [--items N] [--clients N] [--seconds N] [--db VALUE] [--smoke]`
// Board latency for an N-item snapshot, then a bounded load of concurrent clients on loopback (docs/benchmarks/web.md).
// `… -- --themes [--feedback FILE] [--items N] [--repeats N]`: the themes and summary pages, first view against cached views.
return args.Contains("--themes") ? await WebBench.RunThemesAsync(args) : await WebBench.RunAsync(args);
