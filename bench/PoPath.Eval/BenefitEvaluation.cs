using System.Text.Json;
using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Eval;

/// <summary>Compares the benefit ("so that …" or any stated why) PoPath finds in a story with the manual Benefit spans of the nlp-stories annotations.</summary>
internal static class BenefitEvaluation
{
    public static int Run(string dataRoot, TextWriter output)
    {
        var folder = Path.Combine(dataRoot, "user-stories", "nlp-stories-annotations");
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"skipped: {folder} not found (the shared data folder is not beside the repository)");
            return 0;
        }

        var counts = new Counts();
        var overlap = 0;
        var perSet = new List<(string Set, Counts C)>();
        var misses = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var c = new Counts();
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var raw = doc.RootElement.GetProperty("text").GetString() ?? "";
                var prefix = raw.StartsWith('#') ? raw.IndexOf(' ', StringComparison.Ordinal) + 1 : 0;
                var text = raw[prefix..];
                (int Start, int End)? gold = null;
                foreach (var e in doc.RootElement.GetProperty("entities").EnumerateArray())
                {
                    if (e.GetProperty("label").GetString() == "Benefit")
                    {
                        gold = (e.GetProperty("start_offset").GetInt32() - prefix, e.GetProperty("end_offset").GetInt32() - prefix);
                        break;
                    }
                }

                var item = new BacklogItem { Id = "x", Title = text };
                var found = Benefit(new ItemText(item, Lexicon.English));
                c.Add(gold is not null, found is not null);
                if (gold is { } g && found is { } f && f.Start < g.End && g.Start < f.End)
                {
                    overlap++;
                }

                if ((gold is null) != (found is null) && misses.Count < 40)
                {
                    misses.Add($"{(gold is null ? "FP" : "FN")} {Path.GetFileNameWithoutExtension(file)}: {text}");
                }
            }

            perSet.Add((Path.GetFileNameWithoutExtension(file), c));
            counts.Merge(c);
        }

        output.WriteLine("## Benefit found vs. annotated (nlp-stories, 22 sets)");
        output.WriteLine();
        output.WriteLine("| set | stories | annotated | found | precision | recall | F1 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (set, c) in perSet)
        {
            output.WriteLine($"| {set} | {c.Total} | {c.Tp + c.Fn} | {c.Tp + c.Fp} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} |");
        }

        output.WriteLine($"| **all** | {counts.Total} | {counts.Tp + counts.Fn} | {counts.Tp + counts.Fp} | {counts.Precision:0.000} | {counts.Recall:0.000} | {counts.F1:0.000} |");
        output.WriteLine();
        output.WriteLine($"Span agreement: {overlap} of {counts.Tp} true positives ({(counts.Tp == 0 ? 0 : (double)overlap / counts.Tp):P1}) overlap the annotated Benefit span.");
        if (Environment.GetEnvironmentVariable("POPATH_EVAL_VERBOSE") == "1")
        {
            foreach (var m in misses)
            {
                output.WriteLine("    " + m);
            }
        }

        return 0;
    }

    /// <summary>The benefit span: the story's ends clause, else a goal cue outside the means.</summary>
    internal static (int Start, int End)? Benefit(ItemText text)
    {
        if (text.Story.Ends is { } ends)
        {
            return (ends.Start, ends.End);
        }

        foreach (var g in text.Find("need.goal"))
        {
            if (g.Field.Name == ItemFields.Title && !(text.Story.Means is { } m && g.Start >= m.Start && g.End <= m.End)
                && !(text.Story.MeansIndicator is { } mi && g.Start < mi.End && mi.Start < g.End))
            {
                return (g.Start, g.Field.Text.Length);
            }
        }

        return null;
    }
}
