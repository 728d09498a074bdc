using System.Globalization;
using System.Text;
using PoPath.Core.Import;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing;

namespace PoPath.Storage.Tests.Support;

/// <summary>Backlogs for storage tests, with their readiness runs.</summary>
public static class Backlogs
{
    public static (Backlog Backlog, CheckRun Run) Of(params BacklogItem[] items)
    {
        var backlog = new Backlog("test.csv", "csv", items, [ImportDiagnostic.Warning(new SourceLocation("test.csv", 3), "a warning kept with the snapshot")]);
        return (backlog, ReadinessEngine.Default.Run(items));
    }

    public static (Backlog Backlog, CheckRun Run) Numbered(int count, string prefix = "N")
    {
        var items = Enumerable.Range(1, count).Select(n => n % 3 == 0
            ? Some.ReadyItem(id: $"{prefix}-{n}", rank: n)
            : Some.Item(id: $"{prefix}-{n}", rank: n, title: $"Item {n}: export the monthly report", priority: "High")).ToArray();
        return Of(items);
    }

    public static Backlog Failed() =>
        new("broken.csv", "csv", [Some.Item()], [ImportDiagnostic.Error(new SourceLocation("broken.csv", 1), "no title column")]);

    /// <summary>A CSV of <paramref name="count"/> varied items, for the CLI and kill tests.</summary>
    public static string Csv(int count)
    {
        var sb = new StringBuilder("Issue key,Summary,Description,Acceptance Criteria,Priority,Story Points\n");
        for (var n = 1; n <= count; n++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"K-{n},\"As a shopper I want to pay with a saved card {n}, so that I finish checkout faster\",\"Support tickets show 41 abandoned checkouts. Why: card abandonment costs 18,000 EUR a month. We will not build wallet support now.\",\"Given a saved card, when I pay, then no card number is asked\",High,{n % 8}\n");
        }

        return sb.ToString();
    }
}
