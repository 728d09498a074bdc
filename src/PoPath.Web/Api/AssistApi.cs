using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using PoPath.Core.Insights.Acceptance;
using PoPath.Core.Insights.Briefs;
using PoPath.Core.Insights.Generative;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;
using PoPath.Core.Storage;
using PoPath.Generative;
using PoPath.Web.Hosting;
using PoPath.Web.Workspaces;

namespace PoPath.Web.Api;

/// <summary>The assistance part of the JSON API: feedback sets, themes, the research summary, backlog options, acceptance checks and briefs.</summary>
/// <remarks>
/// Reads with the same authorisation as <see cref="ApiEndpoints"/> (token or cookie; another workspace is a 404) and
/// ProblemDetails for every failure. Property names are those of the CLI's <c>--output json</c> (docs/assist.md); the
/// one addition is <c>ordinal</c>, the item's position for <c>/snapshots/{n}/items/{ordinal}</c>. The POSTs, the
/// rephrasings of the summary, options and brief by the optional generative step, are like the API's writes: a personal
/// token only, owners only, and a 404 when the server has no <c>PoPath:Ai</c> settings.
/// </remarks>
internal static class AssistApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/workspaces/{workspace}").RequireAuthorization(Policies.Api).WithTags("PoPath assistance");
        api.MapGet("/feedback", ListSets).WithSummary("The workspace's feedback sets, newest first.");
        api.MapGet("/feedback/{set}/themes", GetThemes)
            .WithSummary("Themes of a feedback set ('latest' or a number) with quotes and the items of the latest (or given) snapshot that address them; optional k, seed, snapshot.");
        api.MapGet("/feedback/{set}/summary", GetSummary).WithSummary("The extractive research summary of a feedback set: every sentence a quote with its entry id; optional sentences (1-50), k, seed.");
        var writes = app.MapGroup("/api/workspaces/{workspace}").RequireAuthorization(Policies.ApiToken).WithTags("PoPath assistance").DisableAntiforgery();
        writes.MapPost("/feedback/{set}/summary/rephrase", RephraseSummary)
            .WithSummary("Has the optional generative step rephrase the research summary (owners, personal token): the summary and a 'rephrase' object as the CLI's --rephrase -o json; 404 when the server has no PoPath:Ai settings.");
        writes.MapPost("/feedback/{set}/options/rephrase", RephraseOptions)
            .WithSummary("Has the optional generative step rephrase the draft options of a theme or goal (owners, personal token): the options and a 'rephrase' object; 404 when the server has no PoPath:Ai settings.");
        writes.MapPost("/snapshots/{snapshot}/brief/rephrase", RephraseBrief)
            .WithSummary("Has the optional generative step rephrase a requester's brief (owners, personal token): the brief and a 'rephrase' object; 404 when the server has no PoPath:Ai settings.");
        api.MapGet("/feedback/{set}/options", GetOptions)
            .WithSummary("Two or three draft backlog options for a theme (theme=N) or a goal (goal=...), each with the feedback and items behind it: drafts only, nothing is written; optional k, seed.");
        api.MapGet("/snapshots/{snapshot}/acceptance", GetAcceptance).WithSummary("Acceptance checks of the top items of a snapshot ('latest' or a number); optional top (1-100, default 10).");
        api.MapGet("/snapshots/{snapshot}/brief", GetBrief).WithSummary("The stakeholder brief of one requester (the items' Reporter) in a snapshot.");
    }

    private static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static IResult Ok(object value) => Results.Json(value, Json);

    private static IResult NotFound(string what) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    private static IResult Bad(string why) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: why);

    private static string NoWorkspace(string workspace) => $"No workspace '{workspace}' that you are a member of.";

    private static async Task<IResult> ListSets(string workspace, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        return w is null ? NotFound(NoWorkspace(workspace)) : Ok((await assist.SetsAsync(w, ct)).Select(Set).ToList());
    }

    private static async Task<IResult> GetThemes(string workspace, string set, int? snapshot, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        var (w, themes, problem) = await ThemesAsync(workspace, set, snapshot, k, seed, user, access, assist, ct);
        if (problem is not null)
        {
            return problem;
        }

        var t = themes!;
        return Ok(new
        {
            source = $"{w!.Name} feedback set {t.Feedback.Info.Number} ({t.Feedback.Info.Source})",
            set = t.Feedback.Info.Number,
            snapshot = t.Snapshot?.Info.Number,
            entries = t.Feedback.Entries.Count,
            pipeline = t.Set.Pipeline,
            seed = t.Set.Seed,
            chosen_automatically = t.Set.ChosenAutomatically,
            candidates = t.Set.Candidates.Select(c => new { k = c.K, silhouette = c.Silhouette }),
            themes = t.Set.Themes.Select(x => new
            {
                number = x.Number,
                label = x.Label,
                terms = x.Terms,
                size = x.Size,
                quotes = x.Quotes.Select(q => new { entry_id = q.EntryId, text = q.Text }),
                entry_ids = x.EntryIds,
                items = x.Items.Select(l => new { item_id = l.ItemId, title = l.Title, rank = l.Rank, similarity = l.Similarity, matched_terms = l.MatchedTerms, ordinal = t.Snapshot?.Ordinal(l.ItemId) }),
            }),
            unaddressed = t.Snapshot is null ? null : t.Set.Unaddressed,
        });
    }

    private static async Task<IResult> GetSummary(string workspace, string set, int? sentences, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct) =>
        (await SummaryCoreAsync(workspace, set, sentences, k, seed, user, access, assist, ct)).Answer();

    private static async Task<Drafted> SummaryCoreAsync(string workspace, string set, int? sentences, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        if (sentences is < 1 or > AssistService.MaxSentences)
        {
            return Drafted.Fail(Bad($"sentences: expected 1 to {AssistService.MaxSentences}, got {sentences}."));
        }

        var (w, themes, problem) = await ThemesAsync(workspace, set, null, k, seed, user, access, assist, ct);
        if (problem is not null)
        {
            return Drafted.Fail(problem);
        }

        var summary = await assist.SummaryAsync(w!, themes!, sentences ?? 6, ct);
        return new Drafted(w, new
        {
            source = $"{w!.Name} feedback set {themes!.Feedback.Info.Number} ({themes.Feedback.Info.Source})",
            sentences = summary.Sentences.Select(s => new { entry_id = s.EntryId, text = s.Text, start = s.Start, end = s.End, theme = s.Theme }),
            coverage = summary.Coverage.Select(c => new { theme = c.Theme, label = c.Label, size = c.Size, share = c.Share, sentences = c.Sentences }),
            pipeline = summary.Themes.Pipeline,
        }, () => RephraseEvidence.Summary(summary), null);
    }

    private static async Task<IResult> GetOptions(string workspace, string set, int? theme, string? goal, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access,
        AssistService assist, CancellationToken ct) =>
        (await OptionsCoreAsync(workspace, set, theme, goal, k, seed, user, access, assist, ct)).Answer();

    private static async Task<Drafted> OptionsCoreAsync(string workspace, string set, int? theme, string? goal, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access,
        AssistService assist, CancellationToken ct)
    {
        if ((theme is null) == string.IsNullOrWhiteSpace(goal))
        {
            return Drafted.Fail(Bad("give either theme (a theme number) or goal (a stated goal), not both or neither."));
        }

        if (goal is { Length: > AssistService.MaxGoalLength })
        {
            return Drafted.Fail(Bad($"goal: at most {AssistService.MaxGoalLength} characters, got {goal.Length}."));
        }

        var (w, themes, problem) = await ThemesAsync(workspace, set, null, k, seed, user, access, assist, ct);
        if (problem is not null)
        {
            return Drafted.Fail(problem);
        }

        var (options, error) = AssistService.Options(themes!, theme, goal);
        if (error is not null)
        {
            return Drafted.Fail(Bad(error));
        }

        return new Drafted(w, new
        {
            source = $"{w!.Name} feedback set {themes!.Feedback.Info.Number} ({themes.Feedback.Info.Source})",
            note = BacklogOptionJson.Note,
            options = BacklogOptionJson.Of(options),
        }, () => RephraseEvidence.Options(options, themes.Feedback.Entries), null);
    }

    private static async Task<IResult> RephraseSummary(string workspace, string set, int? sentences, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access,
        AssistService assist, RephraseService rephraser, CancellationToken ct) =>
        rephraser.Enabled ? await RephrasedAsync(await SummaryCoreAsync(workspace, set, sentences, k, seed, user, access, assist, ct), "summary", rephraser, ct) : NoModel();

    private static async Task<IResult> RephraseOptions(string workspace, string set, int? theme, string? goal, int? k, int? seed, ClaimsPrincipal user, WorkspaceAccess access,
        AssistService assist, RephraseService rephraser, CancellationToken ct) =>
        rephraser.Enabled ? await RephrasedAsync(await OptionsCoreAsync(workspace, set, theme, goal, k, seed, user, access, assist, ct), "options", rephraser, ct) : NoModel();

    private static async Task<IResult> RephraseBrief(string workspace, string snapshot, string? requester, ClaimsPrincipal user, WorkspaceAccess access,
        AssistService assist, RephraseService rephraser, CancellationToken ct) =>
        rephraser.Enabled ? await RephrasedAsync(await BriefCoreAsync(workspace, snapshot, requester, user, access, assist, ct), "brief", rephraser, ct) : NoModel();

    private static IResult NoModel() => NotFound("This server has no generative step (no PoPath:Ai settings); nothing was sent.");

    /// <summary>The read's JSON with the generative step's <c>rephrase</c> object added (as the CLI's <c>--rephrase -o json</c>); owners only, nothing sent when there is no evidence.</summary>
    private static async Task<IResult> RephrasedAsync(Drafted drafted, string what, RephraseService rephraser, CancellationToken ct)
    {
        if (drafted.Problem is not null)
        {
            return drafted.Problem;
        }

        var w = drafted.Workspace!;
        if (!w.IsOwner)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"Only the workspace's owners have the {what} rephrased; you are {w.Role}.");
        }

        var input = drafted.Evidence!();
        if (input.Evidence.Count == 0)
        {
            return Bad($"The {what} has no evidence: there is nothing to rephrase; nothing was sent.");
        }

        var rephrased = await rephraser.RephraseAsync(w, input, ct);
        var json = JsonSerializer.SerializeToNode(drafted.Value, Json)!.AsObject();
        json["rephrase"] = JsonSerializer.SerializeToNode(RephraseJson.Of(rephrased!), Json);
        return Results.Json(json, Json);
    }

    /// <summary>What a read produced: its JSON value and the evidence the generative step would send, or the problem to answer instead.</summary>
    private sealed record Drafted(WorkspaceRef? Workspace, object? Value, Func<RephraseInput>? Evidence, IResult? Problem)
    {
        public static Drafted Fail(IResult problem) => new(null, null, null, problem);

        public IResult Answer() => Problem ?? Ok(Value!);
    }

    private static async Task<IResult> GetAcceptance(string workspace, string snapshot, int? top, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        if (top is < 1 or > AssistService.MaxTop)
        {
            return Bad($"top: expected 1 to {AssistService.MaxTop}, got {top}.");
        }

        var (w, s, problem) = await SnapshotAsync(workspace, snapshot, user, access, assist, ct);
        if (problem is not null)
        {
            return problem;
        }

        IReadOnlyList<AcceptanceReport> reports = AssistService.Acceptance(s!, top ?? 10);
        return Ok(new
        {
            source = $"{w!.Name} snapshot {s!.Info.Number}",
            items = reports.Select(r => new
            {
                id = r.ItemId,
                title = r.Title,
                rank = r.Rank,
                field = r.Field,
                outcome = r.Outcome,
                criteria = r.Criteria.Select(c => new { form = c.Form, text = c.Text, line = c.Line, steps = c.Steps }),
                flags = r.Flags.Select(f => new { rule = f.Rule, message = f.Message, evidence = f.Evidence, criterion = f.Criterion, question = f.Question }),
                questions = r.Questions,
                ordinal = s.Ordinal(r.ItemId),
            }),
        });
    }

    private static async Task<IResult> GetBrief(string workspace, string snapshot, string? requester, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct) =>
        (await BriefCoreAsync(workspace, snapshot, requester, user, access, assist, ct)).Answer();

    private static async Task<Drafted> BriefCoreAsync(string workspace, string snapshot, string? requester, ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(requester) || requester.Length > AssistService.MaxRequesterLength)
        {
            return Drafted.Fail(Bad($"requester: give the requester's name (1 to {AssistService.MaxRequesterLength} characters)."));
        }

        var (w, s, problem) = await SnapshotAsync(workspace, snapshot, user, access, assist, ct);
        if (problem is not null)
        {
            return Drafted.Fail(problem);
        }

        StakeholderBrief brief = AssistService.Brief(s!, requester);
        return new Drafted(w, new
        {
            source = $"{w!.Name} snapshot {s!.Info.Number}",
            requester = brief.Requester,
            backlog_size = brief.BacklogSize,
            requests = brief.Requests.Select(r => new
            {
                id = r.ItemId,
                title = r.Title,
                rank = r.Rank,
                score = r.Score,
                above = r.Above,
                gaps = r.Gaps.Select(g => new { element = g.Element.Id(), status = g.Status.Id(), reason = g.Reason, evidence = Evidence(g.Evidence) }),
                directly_above = r.DirectlyAbove.Select(n => new { id = n.ItemId, title = n.Title, rank = n.Rank, ordering = n.OrderingStatus.Id(), evidence = Evidence(n.OrderingEvidence), ordinal = s.Ordinal(n.ItemId) }),
                why = r.Why,
                questions = r.Questions,
                ordinal = s.Ordinal(r.ItemId),
            }),
        }, () => RephraseEvidence.Brief(brief), null);
    }

    private static object Evidence(IReadOnlyList<Evidence> evidence) => evidence.Select(e => new { field = e.Field, start = e.Start, end = e.End, text = e.Text });

    private static object Set(FeedbackSetInfo s) => new { number = s.Number, source = s.Source, imported_at = s.ImportedAt, entries = s.EntryCount, warnings = s.WarningCount };

    private static async Task<(WorkspaceRef? W, AssistService.Themes? Themes, IResult? Problem)> ThemesAsync(string workspace, string set, int? snapshot, int? k, int? seed,
        ClaimsPrincipal user, WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        if (w is null)
        {
            return (null, null, NotFound(NoWorkspace(workspace)));
        }

        if (!TryNumber(set, out var number))
        {
            return (w, null, Bad($"set: expected a number or 'latest', got '{set}'."));
        }

        if (k is < 1 or > AssistService.MaxK)
        {
            return (w, null, Bad($"k: expected 1 to {AssistService.MaxK}, got {k}."));
        }

        var themes = await assist.ThemesAsync(w, number, snapshot, k, seed ?? 42, ct);
        return themes is null
            ? (w, null, NotFound($"Workspace '{workspace}' has no feedback set {set}{(snapshot is null ? "" : $" or no snapshot {snapshot}")}."))
            : (w, themes, null);
    }

    private static async Task<(WorkspaceRef? W, AssistService.Snapshot? Snapshot, IResult? Problem)> SnapshotAsync(string workspace, string snapshot, ClaimsPrincipal user,
        WorkspaceAccess access, AssistService assist, CancellationToken ct)
    {
        var w = await access.FindAsync(user, workspace, ct);
        if (w is null)
        {
            return (null, null, NotFound(NoWorkspace(workspace)));
        }

        if (!TryNumber(snapshot, out var number))
        {
            return (w, null, Bad($"snapshot: expected a number or 'latest', got '{snapshot}'."));
        }

        var s = await assist.SnapshotAsync(w, number, ct);
        return s is null ? (w, null, NotFound($"Workspace '{workspace}' has no snapshot {snapshot}.")) : (w, s, null);
    }

    private static bool TryNumber(string value, out int? number)
    {
        number = null;
        if (string.Equals(value, "latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            number = n;
            return true;
        }

        return false;
    }
}
