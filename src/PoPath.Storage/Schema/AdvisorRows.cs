using Microsoft.EntityFrameworkCore;

namespace PoPath.Storage.Schema;

#pragma warning disable CA1812 // Instantiated by EF Core.

/// <summary>A profile saved for a workspace (schema version 3); never updated.</summary>
internal sealed class AdvisorProfileRow
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    /// <summary>The profile in its JSON file form (the DESIGN §7 field names).</summary>
    public string ProfileJson { get; set; } = "{}";
}

/// <summary>The route produced from a saved profile: what is not for now and the organisational findings (its steps are rows of their own).</summary>
internal sealed class AdvisorRouteRow
{
    public long Id { get; set; }
    public long ProfileId { get; set; }
    public int? SnapshotNumber { get; set; }
    public string NotNowJson { get; set; } = "[]";
    public string OrganisationJson { get; set; } = "[]";
}

/// <summary>One step of a saved route, in order.</summary>
internal sealed class AdvisorRouteStepRow
{
    public long RouteId { get; set; }
    public int Position { get; set; }
    public string CatalogueId { get; set; } = "";
    public string WhyJson { get; set; } = "[]";
    public string WillNotFixJson { get; set; } = "[]";
}

/// <summary>The tables of schema version 3: profiles and routes per workspace.</summary>
internal static class AdvisorModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AdvisorProfileRow>(e =>
        {
            e.ToTable("advisor_profiles");
            e.HasIndex(p => new { p.WorkspaceId, p.Number }).IsUnique();
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(p => p.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AdvisorRouteRow>(e =>
        {
            e.ToTable("advisor_routes");
            e.HasIndex(r => r.ProfileId).IsUnique();
            e.HasOne<AdvisorProfileRow>().WithOne().HasForeignKey<AdvisorRouteRow>(r => r.ProfileId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AdvisorRouteStepRow>(e =>
        {
            e.ToTable("advisor_route_steps");
            e.HasKey(s => new { s.RouteId, s.Position });
            e.HasOne<AdvisorRouteRow>().WithMany().HasForeignKey(s => s.RouteId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
