using System.Globalization;
using System.Text.Json;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Import;

namespace PoPath.Eval;

/// <summary>Scores the engine on the labelled development set (bench/devset): written items and references to real ones.</summary>
internal static class DevSetEvaluation
{
    private sealed record Case(string Id, string Origin, IReadOnlyDictionary<Element, ElementStatus> Labels, Readiness Result, string Title);

    public static async Task<int> RunAsync(string dataRoot, string devSet, TextWriter output)
    {
        var cases = new List<Case>();
        cases.AddRange(await WrittenAsync(devSet));
        if (Directory.Exists(dataRoot))
        {
            cases.AddRange(await RealAsync(dataRoot, devSet, output));
        }
        else
        {
            output.WriteLine($"real items skipped: {dataRoot} not found (the shared data folder is not beside the repository)");
        }

        output.WriteLine();
        output.WriteLine($"## Development set: {cases.Count} items ({cases.Count(c => c.Origin == "written")} written, {cases.Count(c => c.Origin == "real")} real)");
        Table(output, "all", cases);
        Table(output, "written", cases.Where(c => c.Origin == "written").ToList());
        Table(output, "real", cases.Where(c => c.Origin == "real").ToList());

        if (Environment.GetEnvironmentVariable("POPATH_EVAL_VERBOSE") is { Length: > 0 } v)
        {
            var only = v == "1" ? null : v;
            foreach (var c in cases)
            {
                foreach (var e in ElementNames.All)
                {
                    var got = c.Result.Of(e);
                    if (got.Status != c.Labels[e] && (only is null || e.Id() == only))
                    {
                        output.WriteLine($"  {c.Id} {e.Id()}: expected {c.Labels[e].Id()}, got {got.Status.Id()} ({got.Reason}) {(got.Evidence.Count > 0 ? "«" + Short(got.Evidence[0].Text) + "»" : "")} — {Short(c.Title)}");
                    }
                }
            }
        }

        return 0;
    }

    private static string Short(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length > 90 ? s[..90] + "…" : s;
    }

    private static void Table(TextWriter o, string name, List<Case> cases)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine($"### {name} ({cases.Count} items)");
        o.WriteLine();
        o.WriteLine("| element | present P | present R | present F1 | any (present or weak) F1 | 3-status accuracy | labelled present/weak/missing |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var e in ElementNames.All)
        {
            var present = new Counts();
            var any = new Counts();
            var exact = 0;
            foreach (var c in cases)
            {
                var expected = c.Labels[e];
                var got = c.Result.Of(e).Status;
                present.Add(expected == ElementStatus.Present, got == ElementStatus.Present);
                any.Add(expected != ElementStatus.Missing, got != ElementStatus.Missing);
                exact += expected == got ? 1 : 0;
            }

            var dist = $"{cases.Count(c => c.Labels[e] == ElementStatus.Present)}/{cases.Count(c => c.Labels[e] == ElementStatus.Weak)}/{cases.Count(c => c.Labels[e] == ElementStatus.Missing)}";
            o.WriteLine(string.Create(inv, $"| {e.Id()} | {present.Precision:0.000} | {present.Recall:0.000} | {present.F1:0.000} | {any.F1:0.000} | {(cases.Count == 0 ? 0 : (double)exact / cases.Count):0.000} | {dist} |"));
        }
    }

    private static async Task<List<Case>> WrittenAsync(string devSet)
    {
        var backlog = await BacklogLoader.LoadAsync(Path.Combine(devSet, "written.popath.json"));
        if (backlog.Failed)
        {
            throw new InvalidOperationException(string.Join("; ", backlog.Diagnostics));
        }

        var labels = new Dictionary<string, IReadOnlyDictionary<Element, ElementStatus>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(devSet, "written.labels.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            labels[doc.RootElement.GetProperty("id").GetString()!] = Labels(doc.RootElement.GetProperty("labels"));
        }

        var run = ReadinessEngine.Default.Run(backlog.Items, parallel: false);
        return run.Items.Where(r => labels.ContainsKey(r.Item.Id))
            .Select(r => new Case(r.Item.Id, "written", labels[r.Item.Id], r, r.Item.Title)).ToList();
    }

    private static async Task<List<Case>> RealAsync(string dataRoot, string devSet, TextWriter output)
    {
        var files = new Dictionary<string, Dictionary<string, BacklogItem>>(StringComparer.Ordinal);
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(Path.Combine(devSet, "real.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var reference = root.GetProperty("ref").GetString()!;
            var hash = reference.LastIndexOf('#');
            var path = reference[..hash];
            var key = reference[(hash + 1)..];
            if (!files.TryGetValue(path, out var items))
            {
                var backlog = await BacklogLoader.LoadAsync(Path.Combine(dataRoot, path));
                items = backlog.Items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                files[path] = items;
            }

            var id = key.StartsWith("line:", StringComparison.Ordinal) ? "L" + key[5..] : key;
            if (!items.TryGetValue(id, out var item))
            {
                output.WriteLine($"warning: {reference} not found");
                continue;
            }

            var starts = root.GetProperty("title_starts").GetString()!;
            if (!item.Title.StartsWith(starts.Trim(), StringComparison.Ordinal))
            {
                output.WriteLine($"warning: {reference}: title starts \"{item.Title[..Math.Min(30, item.Title.Length)]}\", expected \"{starts}\"");
            }

            // Real items stand alone: no rank neighbours, so ordering comes from text only.
            var result = ReadinessEngine.Default.Assess(item with { Rank = 1, DueDate = null, Links = [], Wsjf = null, Priority = null });
            cases.Add(new Case(reference, "real", Labels(root.GetProperty("labels")), result, item.Title));
        }

        return cases;
    }

    private static Dictionary<Element, ElementStatus> Labels(JsonElement labels)
    {
        var result = new Dictionary<Element, ElementStatus>();
        foreach (var p in labels.EnumerateObject())
        {
            if (ElementNames.TryParse(p.Name, out var e) && ElementNames.TryParseStatus(p.Value.GetString() ?? "", out var s))
            {
                result[e] = s;
            }
        }

        foreach (var e in ElementNames.All)
        {
            if (!result.ContainsKey(e))
            {
                throw new InvalidOperationException($"labels lack {e.Id()}");
            }
        }

        return result;
    }
}
