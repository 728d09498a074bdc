using System.Collections.Frozen;
using PoPath.Import.Csv;

namespace PoPath.Import.Feedback;

/// <summary>Column (CSV) and property (JSON) names accepted for each feedback field, matched case-insensitively ignoring spaces, <c>_</c> and <c>-</c>.</summary>
/// <remarks>docs/formats/feedback.md lists the same table; keep them together.</remarks>
internal static class FeedbackColumns
{
    private static readonly (FeedbackField Field, string[] Names)[] Table =
    [
        (FeedbackField.Id, ["id", "feedback id", "ticket", "ticket id", "key", "number", "review id", "response id"]),
        (FeedbackField.Text, ["text", "feedback", "comment", "comments", "message", "body", "content", "review", "verbatim", "response", "note"]),
        (FeedbackField.Source, ["source", "channel", "origin", "via"]),
        (FeedbackField.Date, ["date", "created", "created at", "timestamp", "submitted", "submitted at", "time"]),
        (FeedbackField.Customer, ["customer", "account", "company", "client", "user", "author", "email", "customer id"]),
        (FeedbackField.Segment, ["segment", "plan", "tier", "customer segment", "market"]),
    ];

    private static readonly FrozenDictionary<string, FeedbackField> ByName = Table
        .SelectMany(e => e.Names.Select(n => (Key: CsvColumnAliases.Normalize(n), e.Field)))
        .ToFrozenDictionary(p => p.Key, p => p.Field);

    public static bool TryResolve(string name, out FeedbackField field) => ByName.TryGetValue(CsvColumnAliases.Normalize(name), out field);

    public static IReadOnlyList<string> NamesOf(FeedbackField field) => Table.First(e => e.Field == field).Names;
}
