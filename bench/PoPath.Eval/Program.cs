using PoPath.Eval;

// Accuracy of the practical test, measured: `dotnet run --project bench/PoPath.Eval -c Release -- [benefit|devset|all] [--data DIR]`.
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var dataIndex = Array.IndexOf(args, "--data");
var data = dataIndex >= 0 && dataIndex + 1 < args.Length ? args[dataIndex + 1] : DataRoot.Find();
var output = Console.Out;
var rc = 0;
if (what is "benefit" or "all")
{
    rc |= BenefitEvaluation.Run(data, output);
}

if (what is "devset" or "all")
{
    rc |= await DevSetEvaluation.RunAsync(data, DataRoot.DevSet(), output);
}

return rc;
