using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace PoPath.Storage.Schema;

/// <summary>The web app's part of the model (schema V5): the ASP.NET Core Identity tables and the web's own rows.</summary>
/// <remarks>
/// The Identity entities are configured here as <c>IdentityDbContext</c> would (keys, lengths, unique normalized names,
/// concurrency stamps) rather than by deriving from it, so the store keeps one model and one drift test for every table.
/// An account shares its primary key with the V1 <c>users</c> row it belongs to.
/// </remarks>
internal sealed partial class PoPathDbContext
{
    public DbSet<AccountRoleRow> AccountRoles => Set<AccountRoleRow>();

    private static void ConfigureWeb(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountRow>(b =>
        {
            b.ToTable("identity_users");
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).ValueGeneratedNever();
            b.HasOne<UserRow>().WithOne().HasForeignKey<AccountRow>(u => u.Id).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.HasMany<IdentityUserClaim<long>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<long>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<long>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<long>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<long>>(b =>
        {
            b.ToTable("identity_user_claims");
            b.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserLogin<long>>(b =>
        {
            b.ToTable("identity_user_logins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserToken<long>>(b =>
        {
            b.ToTable("identity_user_tokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
        modelBuilder.Entity<AccountRoleRow>(b =>
        {
            b.ToTable("identity_roles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(256);
            b.Property(r => r.NormalizedName).HasMaxLength(256);
            b.HasMany<IdentityUserRole<long>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<long>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        });
        modelBuilder.Entity<IdentityRoleClaim<long>>(b =>
        {
            b.ToTable("identity_role_claims");
            b.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserRole<long>>(b =>
        {
            b.ToTable("identity_user_roles");
            b.HasKey(r => new { r.UserId, r.RoleId });
        });

        modelBuilder.Entity<PoAnswerRow>(e =>
        {
            e.ToTable("po_answers");
            e.HasKey(a => new { a.WorkspaceId, a.ItemId, a.Element });
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<UserRow>().WithMany().HasForeignKey(a => a.UpdatedBy).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ApiTokenRow>(e =>
        {
            e.ToTable("api_tokens");
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => t.UserId);
            e.HasOne<UserRow>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OneTimeLinkRow>(e =>
        {
            e.ToTable("one_time_links", t => t.HasCheckConstraint("ck_one_time_links_purpose", "purpose IN ('setup', 'invite')"));
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(l => l.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ConnectorRow>(e =>
        {
            e.ToTable("connectors");
            e.HasIndex(c => c.WorkspaceId);
            e.HasOne<WorkspaceRow>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DataProtectionKeyRow>(e => e.ToTable("data_protection_keys"));
    }
}
