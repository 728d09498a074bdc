using PoPath.Eval;

// Accuracy of the practical test, measured: `dotnet run --project bench/PoPath.Eval -c Release -- [benefit|devset|all] [--data DIR]`.
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var dataIndex = Array.IndexOf(args, "--data");
var data = dataIndex >= 0 && dataIndex + 1 < args.Length ? args[dataIndex + 1] : DataRoot.Find();
var output = Console.Out;
if (what == "cues")
{
    // Debugging aid: which cues match a text (`cues "some text"`).
    var text = args.Length > 1 ? args[1] : Console.In.ReadToEnd();
    var itemText = new PoPath.Core.Text.ItemText(new PoPath.Core.Model.BacklogItem { Id = "x", Title = "", Description = text }, PoPath.Core.Text.Lexicon.English);
    foreach (var cue in PoPath.Core.Text.Lexicon.English.CueNames.Order(StringComparer.Ordinal))
    {
        foreach (var h in itemText.Find(cue))
        {
            output.WriteLine($"{cue}: «{h.Value}» at {h.Start}");
        }
    }

    return 0;
}

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
