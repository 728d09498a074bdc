using PoPath.Core.Insights;
using PoPath.Core.Model;

namespace PoPath.Core.Tests.Insights;

/// <summary>Three planted themes (password reset, CSV export, invoices in another currency), twelve comments each.</summary>
internal static class FeedbackSamples
{
    public static readonly string[] Password =
    [
        "I cannot reset my password, the reset email never arrives",
        "password reset link expired before I could use it",
        "the reset password email goes to spam every time",
        "forgot my password and the reset email did not come",
        "reset password link says invalid token",
        "no password reset email after three tries",
        "password reset page keeps loading forever",
        "please make the password reset email arrive faster",
        "the reset link in the password email is broken",
        "I never got the password reset email",
        "password reset fails with an error",
        "how do I reset my password if the email is old",
    ];

    public static readonly string[] Export =
    [
        "export to csv drops the last column",
        "the csv export has broken umlauts",
        "I need to export my report as csv for excel",
        "csv export button does nothing",
        "exported csv file uses the wrong separator",
        "csv export should include the date column",
        "export csv times out for big reports",
        "please add a csv export of all orders",
        "the exported csv is empty",
        "csv export misses the totals row",
        "excel cannot open the exported csv",
        "export of reports to csv is very slow",
    ];

    public static readonly string[] Currency =
    [
        "invoices should show prices in euro",
        "I want my invoice in pounds not dollars",
        "invoice currency is always dollars",
        "can invoices use the local currency",
        "the invoice total is converted to the wrong currency",
        "invoice in swiss francs please",
        "currency on my invoice changed to dollars",
        "our invoices need euro currency for accounting",
        "invoice amounts ignore the currency setting",
        "change invoice currency to yen",
        "the currency symbol on invoices is missing",
        "invoices in two currencies for our branches",
    ];

    public static List<FeedbackEntry> All()
    {
        var list = new List<FeedbackEntry>();

        // Interleaved so the themes are not simply consecutive blocks.
        for (var i = 0; i < 12; i++)
        {
            list.Add(new FeedbackEntry { Id = $"pw-{i + 1}", Text = Password[i] });
            list.Add(new FeedbackEntry { Id = $"csv-{i + 1}", Text = Export[i] });
            list.Add(new FeedbackEntry { Id = $"cur-{i + 1}", Text = Currency[i] });
        }

        return list;
    }

    public static IReadOnlyList<BacklogItem> Backlog() =>
    [
        new BacklogItem { Id = "B-1", Rank = 1, Title = "Password reset email via a second provider", Description = "Send the reset password email through a second mail provider so the reset email arrives." },
        new BacklogItem { Id = "B-2", Rank = 2, Title = "CSV export keeps all columns", Description = "The csv export writes every column, with UTF-8 and the separator Excel expects." },
        new BacklogItem { Id = "B-3", Rank = 3, Title = "Dark mode for the dashboard", Description = "A dark colour scheme for the dashboard pages." },
    ];
}
