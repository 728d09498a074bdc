using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PoPath.Core.Signals.Measures;

namespace PoPath.Eval;

/// <summary>
/// Derives random_demand's default bands from the 3,834 real sprints of seanalytics-agile-sprints-tse2017 (Choetkiertikul
/// et al., TSE 2017): per sprint, issues added after the start vs. committed at the start, at 80 % of the planned duration.
/// </summary>
/// <remarks>
/// The value is PoPath's: added / (committed + added). Sprints with nothing committed at the start are counted but left
/// out of the percentiles (a sprint started empty and filled later says more about how the tracker was used than about
/// random demand; they would put the median at 1). Percentiles are linear between order statistics (numpy's default).
/// Watch = the median, concern = the 75th percentile.
/// </remarks>
internal static class Calibration
{
    public static int Run(string data, TextWriter output)
    {
        var root = Path.Combine(data, "backlogs", "seanalytics-agile-sprints-tse2017");
        if (!Directory.Exists(root))
        {
            output.WriteLine($"skipped: {root} is not there (see ../shared/data/backlogs/README.md)");
            return 0;
        }

        var rows = new List<(string Project, int Start, int Added, double StartPoints, double AddedPoints)>();
        foreach (var file in Directory.EnumerateFiles(root, "*_iteration_80.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var project = Path.GetFileName(Path.GetDirectoryName(file)!);
            using var reader = new StreamReader(file, Encoding.Latin1); // the JBoss and JIRA files hold Latin-1 sprint names
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                rows.Add((project, (int)csv.GetField<double>("no_issue_starttime"), (int)csv.GetField<double>("no_issue_added"),
                    csv.GetField<double>("vel_starttime"), csv.GetField<double>("vel_added")));
            }
        }

        var empty = rows.Count(r => r.Start + r.Added == 0);
        var startedEmpty = rows.Count(r => r.Start == 0 && r.Added > 0);
        var used = rows.Where(r => r.Start > 0).ToList();
        var shares = used.Select(r => (double)r.Added / (r.Start + r.Added)).Order().ToArray();
        var withPoints = used.Where(r => r.StartPoints + r.AddedPoints > 0).Select(r => r.AddedPoints / (r.StartPoints + r.AddedPoints)).Order().ToArray();
        double[] ps = [10, 25, 50, 75, 90, 95];

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sprints: {rows.Count} ({empty} with nothing committed or added, {startedEmpty} started empty and filled later, {used.Count} with at least one issue committed at the start)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sprints with any issue added after the start: {used.Count(r => r.Added > 0)} of {used.Count}"));
        output.WriteLine();
        output.WriteLine("| population | n | " + string.Join(" | ", ps.Select(p => $"p{p}")) + " |");
        output.WriteLine("|---|---|" + string.Concat(ps.Select(_ => "---|")));
        Row(output, "all projects, issues", shares, ps);
        Row(output, "all projects, story points", withPoints, ps);
        foreach (var g in used.GroupBy(r => r.Project).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(output, g.Key + ", issues", [.. g.Select(r => (double)r.Added / (r.Start + r.Added)).Order()], ps);
        }

        var watch = Math.Round(Percentile(shares, 50), 3);
        var concern = Math.Round(Percentile(shares, 75), 3);
        var defaults = RandomDemandSignal.DefaultThresholds;
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen: watch above p50 = {watch}, concern above p75 = {concern}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RandomDemandSignal.DefaultThresholds: watch {defaults.Watch}, concern {defaults.Concern} — {(defaults.Watch == watch && defaults.Concern == concern ? "match" : "DIFFER: update the defaults and docs")}"));
        return defaults.Watch == watch && defaults.Concern == concern ? 0 : 1;
    }

    /// <summary>Linear interpolation between the order statistics of a sorted array (numpy's default, "type 7").</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p / 100;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static void Row(TextWriter output, string name, double[] sorted, double[] ps) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {sorted.Length} | ") + string.Join(" | ", ps.Select(p => Percentile(sorted, p).ToString("0.000", CultureInfo.InvariantCulture))) + " |");
}
