using PoPath.Eval;

// Accuracy of the practical test, measured: `dotnet run --project bench/PoPath.Eval -c Release -- [benefit|devset|all|calibrate] [--data DIR]`.
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var dataIndex = Array.IndexOf(args, "--data");
var data = dataIndex >= 0 && dataIndex + 1 < args.Length ? args[dataIndex + 1] : DataRoot.Find();
var output = Console.Out;
if (what == "calibrate")
{
    // The default bands of random_demand from 3,834 real sprints (docs/benchmarks/signals-calibration.md).
    return Calibration.Run(data, output);
}

if (what == "profile")
{
    // Where the engine's time goes: each cue over every item's text, then each detector.
    var backlog = await PoPath.Import.BacklogLoader.LoadAsync(args[1]);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    PoPath.Core.Readiness.ReadinessEngine.Default.Run(backlog.Items, parallel: false);
    output.WriteLine($"engine, one core, cold: {watch.Elapsed.TotalMilliseconds:0} ms");
    watch.Restart();
    PoPath.Core.Readiness.ReadinessEngine.Default.Run(backlog.Items, parallel: false);
    output.WriteLine($"engine, one core: {watch.Elapsed.TotalMilliseconds:0} ms for {backlog.Items.Count} items");
    var noops = new PoPath.Core.Readiness.ReadinessEngineBuilder();
    foreach (var e in PoPath.Core.Model.ElementNames.All)
    {
        noops.Use(new NoopDetector(e));
    }

    watch.Restart();
    noops.Build().Run(backlog.Items, parallel: false);
    var baseline = watch.Elapsed.TotalMilliseconds;
    output.WriteLine($"engine with no detectors and no rules (item text, questions): {baseline:0} ms");
    foreach (var real in PoPath.Core.Readiness.ReadinessEngine.Default.Detectors)
    {
        var b = new PoPath.Core.Readiness.ReadinessEngineBuilder();
        foreach (var e in PoPath.Core.Model.ElementNames.All)
        {
            b.Use(new NoopDetector(e));
        }

        b.Use(real.Id switch
        {
            "popath.customer-need" => new PoPath.Core.Readiness.Detectors.CustomerNeedDetector(),
            "popath.business-reason" => new PoPath.Core.Readiness.Detectors.BusinessReasonDetector(),
            "popath.trade-off" => new PoPath.Core.Readiness.Detectors.TradeOffDetector(),
            "popath.expected-outcome" => new PoPath.Core.Readiness.Detectors.ExpectedOutcomeDetector(),
            "popath.ordering-rationale" => new PoPath.Core.Readiness.Detectors.OrderingRationaleDetector(),
            _ => (PoPath.Core.Readiness.IElementDetector)new PoPath.Core.Readiness.Detectors.AcceptanceCriteriaDetector(),
        });
        watch.Restart();
        b.Build().Run(backlog.Items, parallel: false);
        output.WriteLine($"  + {real.Id}: {watch.Elapsed.TotalMilliseconds - baseline:0} ms");
    }

    var rules = new PoPath.Core.Readiness.ReadinessEngineBuilder();
    foreach (var e in PoPath.Core.Model.ElementNames.All)
    {
        rules.Use(new NoopDetector(e));
    }

    watch.Restart();
    PoPath.Core.Readiness.ReadinessEngineBuilderExtensions.UseStoryForm(rules).Build().Run(backlog.Items, parallel: false);
    output.WriteLine($"  + story-form rules: {watch.Elapsed.TotalMilliseconds - baseline:0} ms");
    watch.Restart();
    var texts = backlog.Items.Select(i => new PoPath.Core.Text.ItemText(i, PoPath.Core.Text.Lexicon.English)).ToList();
    output.WriteLine($"item text (trie pass, sentences): {watch.Elapsed.TotalMilliseconds:0} ms");
    watch.Restart();
    var fieldTexts = backlog.Items.SelectMany(i => new[] { i.Title, i.Description }).Where(t => !string.IsNullOrEmpty(t)).Select(t => new PoPath.Core.Text.FieldText("d", t!)).ToList();
    output.WriteLine($"  field texts (lower-case, sentences): {watch.Elapsed.TotalMilliseconds:0} ms");
    watch.Restart();
    var sink = new List<(int, int, int)>();
    foreach (var f in fieldTexts)
    {
        sink.Clear();
        PoPath.Core.Text.Lexicon.English.Trie.Match(f.Lowered(new char[f.Text.Length]), sink);
    }

    output.WriteLine($"  trie: {watch.Elapsed.TotalMilliseconds:0} ms");
    var rows = new List<(string, double)>();
    foreach (var cue in PoPath.Core.Text.Lexicon.English.CueNames)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var t in texts)
        {
            t.Find(cue);
        }

        rows.Add((cue, sw.Elapsed.TotalMilliseconds));
    }

    foreach (var (cue, ms) in rows.OrderByDescending(r => r.Item2).Take(15))
    {
        output.WriteLine($"{ms,8:0} ms  {cue}");
    }

    // Each pattern on its own, to find the expensive ones.
    var lexiconFile = Path.Combine(DataRoot.DevSet(), "..", "..", "src", "PoPath.Core", "Lexicons", "en.json");
    using var lexDoc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(lexiconFile));
    var perPattern = new List<(string, double)>();
    foreach (var cue in lexDoc.RootElement.GetProperty("cues").EnumerateObject())
    {
        if (!cue.Value.TryGetProperty("patterns", out var pats))
        {
            continue;
        }

        var n = 0;
        foreach (var pat in pats.EnumerateArray())
        {
            var r = new System.Text.RegularExpressions.Regex(pat.GetString()!, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var t in texts)
            {
                foreach (var f in t.Fields)
                {
                    foreach (var m in r.EnumerateMatches(f.Text))
                    {
                    }
                }
            }

            perPattern.Add(($"{cue.Name}[{n++}]", sw.Elapsed.TotalMilliseconds));
        }
    }

    foreach (var (name, ms) in perPattern.OrderByDescending(r => r.Item2).Take(25))
    {
        output.WriteLine($"{ms,8:0} ms  {name}");
    }

    return 0;
}

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

if (what == "themes-profile")
{
    return ThemeProfile.Run(args, output);
}

if (what == "themes")
{
    return ThemeEvaluation.Run(args, output);
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
