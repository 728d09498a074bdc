using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PoPath.Storage.Schema;

/// <summary>The EF Core model of the store: tables, keys and the indexes for per-workspace queries.</summary>
internal sealed partial class PoPathDbContext(DbContextOptions<PoPathDbContext> options) : DbContext(options)
{
    public DbSet<WorkspaceRow> Workspaces => Set<WorkspaceRow>();
    public DbSet<SnapshotRow> Snapshots => Set<SnapshotRow>();
    public DbSet<ItemRow> Items => Set<ItemRow>();
    public DbSet<ItemResultRow> ItemResults => Set<ItemResultRow>();
    public DbSet<ElementResultRow> ElementResults => Set<ElementResultRow>();
    public DbSet<SprintRow> Sprints => Set<SprintRow>();
    public DbSet<ItemEventRow> ItemEvents => Set<ItemEventRow>();
    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();
    public DbSet<SchemaVersionRow> SchemaVersions => Set<SchemaVersionRow>();
    public DbSet<AccountRow> Accounts => Set<AccountRow>();
    public DbSet<PoAnswerRow> PoAnswers => Set<PoAnswerRow>();
    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();
    public DbSet<OneTimeLinkRow> OneTimeLinks => Set<OneTimeLinkRow>();
    public DbSet<ConnectorRow> Connectors => Set<ConnectorRow>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<WorkspaceSettingRow> WorkspaceSettings => Set<WorkspaceSettingRow>();
    public DbSet<AdvisorProfileRow> AdvisorProfiles => Set<AdvisorProfileRow>();
    public DbSet<AdvisorRouteRow> AdvisorRoutes => Set<AdvisorRouteRow>();
    public DbSet<AdvisorRouteStepRow> AdvisorRouteSteps => Set<AdvisorRouteStepRow>();
    public DbSet<FeedbackSetRow> FeedbackSets => Set<FeedbackSetRow>();
    public DbSet<FeedbackEntryRow> FeedbackEntries => Set<FeedbackEntryRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkspaceRow>(e =>
        {
            e.ToTable("workspaces");
            e.HasIndex(w => w.Name).IsUnique();
        });
        modelBuilder.Entity<SnapshotRow>(e =>
        {
            e.ToTable("snapshots");
            e.HasIndex(s => new { s.WorkspaceId, s.Number }).IsUnique();
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ItemRow>(e =>
        {
            e.ToTable("items");
            e.HasKey(i => new { i.SnapshotId, i.Ordinal });
            e.HasIndex(i => new { i.SnapshotId, i.ItemId });
            e.HasIndex(i => new { i.SnapshotId, i.Rank, i.ItemId }); // the top items: ORDER BY rank, item_id from the index

            // V6: the same order with the ordinal, so a board page's ordinals (any OFFSET) come from the index alone.
            e.HasIndex(i => new { i.SnapshotId, i.Rank, i.ItemId, i.Ordinal });
            e.HasOne<SnapshotRow>().WithMany().HasForeignKey(i => i.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ItemResultRow>(e =>
        {
            e.ToTable("item_results");
            e.HasKey(r => new { r.SnapshotId, r.Ordinal });
            e.HasOne<ItemRow>().WithOne().HasForeignKey<ItemResultRow>(r => new { r.SnapshotId, r.Ordinal }).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ElementResultRow>(e =>
        {
            e.ToTable("element_results");
            e.HasKey(r => new { r.SnapshotId, r.Ordinal, r.Element });

            // No (snapshot, element, status) index: SQLite's planner preferred it to the key for the overview's
            // "these 20 items" query and scanned a whole snapshot (530 ms → 4 ms at 100,000 items without it).
            // V6 adds the board filter's index with element and status FIRST: a query that names no element (the
            // overview's, the chips') cannot use it, while the filter (element = ?, status IN …, snapshot = ?) reads
            // only its ordinals from it — the count and the page's ordinals without touching the table.
            e.HasIndex(r => new { r.Element, r.Status, r.SnapshotId, r.Ordinal });
            e.HasOne<ItemRow>().WithMany().HasForeignKey(r => new { r.SnapshotId, r.Ordinal }).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SprintRow>(e =>
        {
            e.ToTable("sprints");
            e.HasKey(r => new { r.SnapshotId, r.Ordinal });
            e.HasIndex(r => new { r.SnapshotId, r.SprintId });
            e.HasOne<SnapshotRow>().WithMany().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ItemEventRow>(e =>
        {
            e.ToTable("item_events");
            e.HasKey(r => new { r.SnapshotId, r.Ordinal });
            e.HasIndex(r => new { r.SnapshotId, r.ItemId, r.AtUnixMs });
            e.HasIndex(r => new { r.SnapshotId, r.Kind, r.AtUnixMs });
            e.HasOne<SnapshotRow>().WithMany().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<UserRow>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.Email).IsUnique();
        });
        modelBuilder.Entity<MembershipRow>(e =>
        {
            e.ToTable("workspace_members", t => t.HasCheckConstraint("ck_workspace_members_role", "role IN ('owner', 'manager', 'viewer')"));
            e.HasKey(m => new { m.WorkspaceId, m.UserId });
            e.HasIndex(m => m.UserId);
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<UserRow>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkspaceSettingRow>(e =>
        {
            // Version 2: per-workspace settings such as who the product owner is (the signals read it).
            e.ToTable("workspace_settings");
            e.HasKey(r => new { r.WorkspaceId, r.Key });
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SchemaVersionRow>(e =>
        {
            e.ToTable("popath_schema");
            e.HasKey(v => v.Version);
            e.Property(v => v.Version).ValueGeneratedNever();
        });
        ConfigureWeb(modelBuilder);

        AdvisorModel.Configure(modelBuilder);

        modelBuilder.Entity<FeedbackSetRow>(e =>
        {
            e.ToTable("feedback_sets");
            e.HasIndex(s => new { s.WorkspaceId, s.Number }).IsUnique();
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<FeedbackEntryRow>(e =>
        {
            e.ToTable("feedback_entries");
            e.HasKey(r => new { r.SetId, r.Ordinal });
            e.HasIndex(r => new { r.SetId, r.EntryId }).IsUnique();
            e.HasOne<FeedbackSetRow>().WithMany().HasForeignKey(r => r.SetId).OnDelete(DeleteBehavior.Restrict);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName("pk_" + entity.GetTableName());
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName("ix_" + entity.GetTableName() + "_" + string.Join("_", index.Properties.Select(p => SnakeCase(p.Name))));
            }

            foreach (var fk in entity.GetForeignKeys())
            {
                fk.SetConstraintName("fk_" + entity.GetTableName() + "_" + fk.PrincipalEntityType.GetTableName() + "_" + string.Join("_", fk.Properties.Select(p => SnakeCase(p.Name))));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
