using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using PoPath.Core.Model;

namespace PoPath.Web.Workspaces;

/// <summary>The assistance pages' downloads: an accepted option as a CSV row, and a stakeholder brief as Markdown.</summary>
/// <remarks>
/// Same access as the pages: a workspace the user is not a member of is a 404; accepting an option is for owners (403
/// otherwise) and is a form post, so it carries the anti-forgery token. The option is drafted again on the server from
/// the same set, theme or goal, k and seed, so its feedback and item ids are PoPath's, never the form's; only the title,
/// the approach and the answers come from the PO's edits. Nothing is written to the backlog or the database.
/// </remarks>
internal static class AssistDownloads
{
    public static void Map(WebApplication app)
    {
        // Binding a form makes the endpoint check the anti-forgery token.
        app.MapPost("/w/{name}/feedback/options.csv", AcceptOptionAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/w/{name}/brief.md", BriefAsync).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>The accept form of the options page.</summary>
    internal sealed class AcceptForm
    {
        public int? Set { get; set; }

        public int? Theme { get; set; }

        public string? Goal { get; set; }

        public int? K { get; set; }

        public int Seed { get; set; } = 42;

        public int Option { get; set; }

        public string? Title { get; set; }

        public string? Approach { get; set; }

        public string? CustomerNeed { get; set; }

        public string? BusinessReason { get; set; }

        public string? TradeOff { get; set; }

        public string? ExpectedOutcome { get; set; }

        public string? OrderingRationale { get; set; }
    }

    private static async Task<IResult> AcceptOptionAsync(string name, [FromForm] AcceptForm form, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        var w = await access.FindAsync(user, name, ct);
        if (w is null)
        {
            return Results.NotFound();
        }

        if (!w.IsOwner)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"Only the workspace's owners accept options; you are {w.Role}.");
        }

        if (form.K is < 1 or > AssistService.MaxK || (form.Theme is null) == string.IsNullOrWhiteSpace(form.Goal) || form.Goal is { Length: > AssistService.MaxGoalLength })
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "Give either a theme number or a goal (at most 500 characters), and k from 1 to 1000.");
        }

        var themes = await assist.ThemesAsync(w, form.Set, null, form.K, form.Seed, ct);
        if (themes is null)
        {
            return Results.NotFound();
        }

        var (options, error) = AssistService.Options(themes, form.Theme, form.Goal);
        if (error is not null || form.Option < 0 || form.Option >= options.Count)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: error ?? $"option: expected 0 to {options.Count - 1}, got {form.Option}.");
        }

        var drafted = options[form.Option];
        var accepted = new OptionCsv.Accepted(drafted.Kind, form.Title ?? "", form.Approach ?? "", new Dictionary<Element, string?>
        {
            [Element.CustomerNeed] = form.CustomerNeed,
            [Element.BusinessReason] = form.BusinessReason,
            [Element.TradeOff] = form.TradeOff,
            [Element.ExpectedOutcome] = form.ExpectedOutcome,
            [Element.OrderingRationale] = form.OrderingRationale,
        }, drafted.FeedbackIds, drafted.ItemIds);
        if (OptionCsv.Validate(accepted) is { } invalid)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: invalid);
        }

        return Results.File(Encoding.UTF8.GetBytes(OptionCsv.Write(accepted)), "text/csv; charset=utf-8", $"option-{drafted.Kind}.csv");
    }

    private static async Task<IResult> BriefAsync(string name, string? requester, int? snapshot, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        var w = await access.FindAsync(user, name, ct);
        if (w is null)
        {
            return Results.NotFound();
        }

        if (string.IsNullOrWhiteSpace(requester) || requester.Length > AssistService.MaxRequesterLength)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "requester: give the requester's name (at most 200 characters).");
        }

        var s = await assist.SnapshotAsync(w, snapshot, ct);
        if (s is null)
        {
            return Results.NotFound();
        }

        var markdown = AssistService.BriefMarkdownOf(w, s, AssistService.Brief(s, requester));
        return Results.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", "brief.md");
    }
}
