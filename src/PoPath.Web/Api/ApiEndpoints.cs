using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using PoPath.Core.Model;
using PoPath.Core.Storage;
using PoPath.Web.Accounts;
using PoPath.Web.Hosting;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Api;

/// <summary>The JSON API under <c>/api</c>: the same workspace authorisation as the pages, ProblemDetails for every failure.</summary>
/// <remarks>
/// Reads accept a personal API token or the sign-in cookie; writes accept only a token (no cookie, so no cross-site
/// request can make them, and they need no anti-forgery token). A workspace the caller is not a member of is a 404,
/// exactly like one that does not exist.
/// </remarks>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Api).WithTags("PoPath");
        api.MapGet("/workspaces", ListWorkspaces).WithSummary("The workspaces you may see, with your role and the latest snapshot.");
        api.MapGet("/workspaces/{workspace}/snapshots", ListSnapshots).WithSummary("Every snapshot of a workspace, newest first.");
        api.MapGet("/workspaces/{workspace}/snapshots/{snapshot}/items", ListItems)
            .WithSummary("One page (100) of a snapshot's items in rank order with each element's status; 'latest' for the newest snapshot; filter with element and status.");
        api.MapGet("/workspaces/{workspace}/snapshots/{snapshot}/items/{ordinal:int}", GetItem)
            .WithSummary("One item with its verdicts, evidence spans, questions and the PO's own answers.");

        var write = app.MapGroup("/api").RequireAuthorization(Policies.ApiToken).WithTags("PoPath").DisableAntiforgery();
        write.MapPost("/workspaces/{workspace}/snapshots", Import).Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Import a backlog file (form field 'file'; optional 'format', 'history') as the next snapshot. Owners only; API token only.");
        write.MapPut("/workspaces/{workspace}/answers/{itemId}", SaveAnswers)
            .WithSummary("Record the PO's own answers for an item: an object of element id to text (empty text removes). Owners only; API token only.");
    }

    private static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static IResult Ok<T>(T value) => Results.Json(value, Json);

    private static IResult NotFound(string what) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    private static IResult Forbidden(string why) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: why);

    private static IResult Bad(string why) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: why);

    private static async Task<IResult> ListWorkspaces(ClaimsPrincipal user, WorkspaceAccess access, BoardQuery board, CancellationToken ct)
    {
        var list = new List<WorkspaceDto>();
        foreach (var w in await access.ListAsync(user, ct))
        {
            var snaps = await board.SnapshotsAsync(w, ct);
            list.Add(new WorkspaceDto(w.Name, w.Role, snaps.Count, snaps.Count == 0 ? null : Dto(snaps[0])));
        }

        return Ok(list);
    }

    private static async Task<IResult> ListSnapshots(string workspace, ClaimsPrincipal user, WorkspaceAccess access, BoardQuery board, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        return w is null ? NotFound($"No workspace '{workspace}' that you are a member of.") : Ok((await board.SnapshotsAsync(w, ct)).Select(Dto).ToList());
    }

    private static async Task<IResult> ListItems(string workspace, string snapshot, string? element, string? status, int? page, ClaimsPrincipal user, WorkspaceAccess access, BoardQuery board, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        if (w is null)
        {
            return NotFound($"No workspace '{workspace}' that you are a member of.");
        }

        if (!TryNumber(snapshot, out var number))
        {
            return Bad($"snapshot: expected a number or 'latest', got '{snapshot}'.");
        }

        Element? el = null;
        var statuses = new List<ElementStatus>();
        if (element is not null)
        {
            if (!ElementNames.TryParse(element, out var e))
            {
                return Bad($"element: expected one of {string.Join(", ", ElementNames.All.Select(x => x.Id()))}, got '{element}'.");
            }

            el = e;
            foreach (var s in (status ?? "missing").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ElementNames.TryParseStatus(s, out var st))
                {
                    return Bad($"status: expected present, weak or missing (comma-separated), got '{s}'.");
                }

                statuses.Add(st);
            }
        }

        var result = await board.PageAsync(w, number, el, statuses, page ?? 1, ct);
        return result is null
            ? NotFound($"Workspace '{workspace}' has no snapshot {snapshot}.")
            : Ok(new ItemPageDto(Dto(result.Snapshot), result.Total, result.PageNumber, result.Pages,
                result.Rows.Select(r => new ItemSummaryDto(r.Ordinal, r.Id, r.Title, r.Rank, r.Score, r.Chips.ToDictionary(c => c.Key.Id(), c => c.Value.Id()))).ToList()));
    }

    private static async Task<IResult> GetItem(string workspace, string snapshot, int ordinal, ClaimsPrincipal user, WorkspaceAccess access, BoardQuery board, AnswerService answers, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        if (w is null)
        {
            return NotFound($"No workspace '{workspace}' that you are a member of.");
        }

        if (!TryNumber(snapshot, out var number))
        {
            return Bad($"snapshot: expected a number or 'latest', got '{snapshot}'.");
        }

        if (await board.ItemAsync(w, number, ordinal, ct) is not { } found)
        {
            return NotFound($"Snapshot {snapshot} of '{workspace}' has no item at position {ordinal}.");
        }

        var r = found.Readiness;
        var mine = await answers.ForItemAsync(w, r.Item.Id, ct);
        return Ok(new ItemDto(ordinal, r.Item.Id, r.Item.Title, r.Item.Description, r.Item.AcceptanceCriteria, r.Item.Rank, r.Score,
            r.Elements.ToDictionary(v => v.Element.Id(), v => new VerdictDto(v.Status.Id(), v.Reason, v.Evidence.Select(e => new EvidenceDto(e.Field, e.Start, e.End, e.Text)).ToList(),
                mine.TryGetValue(v.Element, out var a) ? new PoAnswerDto(a.Text, a.By, a.At) : null)),
            r.Questions));
    }

    private static async Task<IResult> Import(string workspace, IFormFile? file, [FromForm] string? format, [FromForm] bool? history, ClaimsPrincipal user, WorkspaceAccess access, ImportService import, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        if (w is null)
        {
            return NotFound($"No workspace '{workspace}' that you are a member of.");
        }

        if (!w.IsOwner)
        {
            return Forbidden($"Only the workspace's owners import; you are {w.Role}.");
        }

        if (file is null || file.Length == 0)
        {
            return Bad("Send the backlog as the multipart form field 'file'.");
        }

        await using var stream = file.OpenReadStream();
        var outcome = await import.ImportAsync(w, stream, file.FileName, format ?? "auto", history ?? false, ct);
        if (!outcome.Succeeded)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The import did not land", detail: outcome.Error,
                extensions: new Dictionary<string, object?> { ["diagnostics"] = outcome.Diagnostics.Select(d => d.ToString()).ToList() });
        }

        return Results.Json(Dto(outcome.Snapshot!), Json, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SaveAnswers(string workspace, string itemId, Dictionary<string, string?> body, ClaimsPrincipal user, WorkspaceAccess access, AnswerService answers, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        if (w is null)
        {
            return NotFound($"No workspace '{workspace}' that you are a member of.");
        }

        if (!w.IsOwner)
        {
            return Forbidden($"Only the workspace's owners record answers; you are {w.Role}.");
        }

        var parsed = new Dictionary<Element, string?>();
        foreach (var (key, text) in body)
        {
            if (!ElementNames.TryParse(key, out var e))
            {
                return Bad($"'{key}' is not an element id; expected one of {string.Join(", ", ElementNames.All.Select(x => x.Id()))}.");
            }

            parsed[e] = text;
        }

        if (itemId.Length > 200)
        {
            return Bad("itemId is longer than 200 characters.");
        }

        var error = await answers.SaveAsync(w, itemId, CurrentUser.Id(user)!.Value, parsed, ct);
        return error is null ? Results.NoContent() : Bad(error);
    }

    private static bool TryNumber(string snapshot, out int? number)
    {
        number = null;
        if (string.Equals(snapshot, "latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(snapshot, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            number = n;
            return true;
        }

        return false;
    }

    internal static SnapshotDto Dto(SnapshotInfo s) =>
        new(s.Number, s.Source, s.Format, s.ImportedAt, s.ItemCount, s.Diagnostics.Count, s.AverageScore, s.TopAverageScore, s.Passing, s.Sprints, s.Events);
}
