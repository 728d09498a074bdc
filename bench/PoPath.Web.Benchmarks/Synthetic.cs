using PoPath.Core.Model;

namespace PoPath.Web.Benchmarks;

/// <summary>A synthetic backlog: items cycle through texts that are ready, partly ready and bare, so the board has every chip.</summary>
internal static class Synthetic
{
    private static readonly (string Title, string Description)[] Shapes =
    [
        ("Pre-fill the card after a failed 3-D Secure step {0}",
         "First-time guest shoppers abandon checkout when they retype their card: 41 support tickets last month. Why: card abandonment costs about 18,000 EUR of orders a month. We use hosted tokens instead of storing cards, so we accept a less branded form. Outcome: abandonment falls from 34% to under 20% within six weeks."),
        ("As a warehouse lead I want pick lists sorted by aisle {0}", "Pickers walk the whole hall twice per order. It improves the process."),
        ("Add an export button {0}", "Add a CSV export button to the orders page."),
        ("Upgrade the logging library {0}", "Upgrade to the latest version. Urgent."),
    ];

    public static IReadOnlyList<BacklogItem> Items(int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var (title, description) = Shapes[i % Shapes.Length];
            return new BacklogItem
            {
                Id = $"BENCH-{i}",
                Title = string.Format(System.Globalization.CultureInfo.InvariantCulture, title, i),
                Description = description,
                AcceptanceCriteria = i % 2 == 0 ? "Given a shopper\nWhen the step fails\nThen the card is pre-filled" : null,
                Rank = i,
                Priority = i % 3 == 0 ? "High" : "Medium",
            };
        }).ToList();
}
