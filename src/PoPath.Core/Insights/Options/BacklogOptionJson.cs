using PoPath.Core.Model;

namespace PoPath.Core.Insights.Options;

/// <summary>The JSON shape of draft options, one for <c>popath feedback options --output json</c> and the web API alike.</summary>
public static class BacklogOptionJson
{
    /// <summary>Said beside every set of drafts.</summary>
    public const string Note = "drafts only: nothing was written to the backlog";

    /// <summary>Each option as <c>kind</c>, <c>title</c>, <c>approach</c>, <c>feedback_ids</c>, <c>item_ids</c> and <c>answers</c> (element id → text or null).</summary>
    public static IReadOnlyList<object> Of(IEnumerable<BacklogOption> options) =>
    [
        .. options.Select(o => (object)new
        {
            kind = o.Kind,
            title = o.Title,
            approach = o.Approach,
            feedback_ids = o.FeedbackIds,
            item_ids = o.ItemIds,
            answers = o.Answers.ToDictionary(a => a.Element.Id(), a => a.Text),
        }),
    ];
}
