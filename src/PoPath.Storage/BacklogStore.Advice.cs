using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PoPath.Core.Advisor;
using PoPath.Core.Organisation;
using PoPath.Core.Storage;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

/// <summary>Saved profiles and routes per workspace (schema version 3).</summary>
public sealed partial class BacklogStore
{
    public async Task<StoredAdvice> SaveAdviceAsync(string workspace, Profile profile, Advice advice, int? snapshot, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        EnsureWritable();
        await using var db = NewContext();
        var w = await FindWorkspaceAsync(db, workspace, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var number = 1 + (await db.AdvisorProfiles.Where(p => p.WorkspaceId == w.Id).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0);
                var row = new AdvisorProfileRow { WorkspaceId = w.Id, Number = number, SavedAt = _clock.GetUtcNow(), ProfileJson = ProfileWriter.ToJson(profile) };
                db.AdvisorProfiles.Add(row);
                await db.SaveChangesAsync(cancellationToken);
                var route = new AdvisorRouteRow
                {
                    ProfileId = row.Id,
                    SnapshotNumber = snapshot,
                    NotNowJson = JsonSerializer.Serialize(advice.NotNow.Select(n => new NotNowJson(n.Id, n.Why)), Json),
                    OrganisationJson = JsonSerializer.Serialize(advice.Organisation.Select(o => new OrganisationJson(o.Kind, o.Message, [.. o.Evidence.Select(e => new EvidenceJson(e.Kind, e.Ref, e.Text))])), Json),
                };
                db.AdvisorRoutes.Add(route);
                await db.SaveChangesAsync(cancellationToken);
                for (var i = 0; i < advice.Route.Count; i++)
                {
                    var s = advice.Route[i];
                    db.AdvisorRouteSteps.Add(new AdvisorRouteStepRow
                    {
                        RouteId = route.Id,
                        Position = i + 1,
                        CatalogueId = s.Id,
                        WhyJson = JsonSerializer.Serialize(s.Why, Json),
                        WillNotFixJson = JsonSerializer.Serialize(s.WillNotFix, Json),
                    });
                }

                await db.SaveChangesAsync(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return ToStored(row, route, [.. advice.Route.Select((s, i) => new StoredRouteStep(i + 1, s.Id, s.Why, s.WillNotFix))]);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two saves for one workspace at once: the second's number is taken; roll back and number again.
                await tx.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    });

    public async Task<StoredAdvice?> LatestAdviceAsync(string workspace, CancellationToken cancellationToken = default) =>
        (await LoadAdviceAsync(workspace, latestOnly: true, cancellationToken)).LastOrDefault();

    public async Task<IReadOnlyList<StoredAdvice>> ListAdviceAsync(string workspace, CancellationToken cancellationToken = default) =>
        await LoadAdviceAsync(workspace, latestOnly: false, cancellationToken);

    private async Task<List<StoredAdvice>> LoadAdviceAsync(string workspace, bool latestOnly, CancellationToken ct) => await Guard(async () =>
    {
        await using var db = NewContext();
        var w = await FindWorkspaceAsync(db, workspace, ct);
        var query = db.AdvisorProfiles.AsNoTracking().Where(p => p.WorkspaceId == w.Id).OrderByDescending(p => p.Number);
        var profiles = latestOnly ? await query.Take(1).ToListAsync(ct) : await query.ToListAsync(ct);
        var result = new List<StoredAdvice>();
        foreach (var p in profiles.OrderBy(p => p.Number))
        {
            var route = await db.AdvisorRoutes.AsNoTracking().SingleAsync(r => r.ProfileId == p.Id, ct);
            var steps = await db.AdvisorRouteSteps.AsNoTracking().Where(s => s.RouteId == route.Id).OrderBy(s => s.Position).ToListAsync(ct);
            result.Add(ToStored(p, route, [.. steps.Select(s => new StoredRouteStep(s.Position, s.CatalogueId, Strings(s.WhyJson), Strings(s.WillNotFixJson)))]));
        }

        return result;
    });

    private static StoredAdvice ToStored(AdvisorProfileRow p, AdvisorRouteRow r, IReadOnlyList<StoredRouteStep> steps)
    {
        Profile profile;
        try
        {
            profile = ProfileReader.Parse(p.ProfileJson, $"saved profile {p.Number}", Core.Catalogue.Catalogue.Default);
        }
        catch (ProfileException e)
        {
            // A catalogue id removed since the save, say: the stored text is kept, the reader is told why it cannot be used.
            throw new StoreException(StoreError.Database, $"saved profile {p.Number} no longer reads: {e.Errors[0]}");
        }

        var notNow = JsonSerializer.Deserialize<List<NotNowJson>>(r.NotNowJson, Json) ?? [];
        var organisation = JsonSerializer.Deserialize<List<OrganisationJson>>(r.OrganisationJson, Json) ?? [];
        return new StoredAdvice(p.Number, p.SavedAt, r.SnapshotNumber, profile, steps,
            [.. notNow.Select(n => new NotNowStep(n.Id, n.Why))],
            [.. organisation.Select(o => new OrganisationFinding(o.Kind, o.Message, [.. o.Evidence.Select(e => new FindingEvidence(e.Kind, e.Ref, e.Text))]))]);
    }

    private static List<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record NotNowJson(string Id, string Why);

    private sealed record OrganisationJson(string Kind, string Message, List<EvidenceJson> Evidence);

    private sealed record EvidenceJson(string Kind, string Ref, string Text);
}
