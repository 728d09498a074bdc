using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PoPath.Storage.Schema;
using PoPath.Web.Accounts;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>The one place that answers "may this user see or change this workspace?" for pages and the API alike.</summary>
/// <remarks>
/// A workspace the user is not a member of is reported exactly like one that does not exist, so ids and names cannot be
/// probed. Administrators act as owners of every workspace.
/// </remarks>
internal sealed class WorkspaceAccess(PoPathDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 64;

    public async Task<WorkspaceRef?> FindAsync(ClaimsPrincipal user, string? name, CancellationToken ct = default)
    {
        if (CurrentUser.Id(user) is not { } userId || string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return null;
        }

        var w = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(x => x.Name == name, ct);
        if (w is null)
        {
            return null;
        }

        var role = await db.Memberships.AsNoTracking().Where(m => m.WorkspaceId == w.Id && m.UserId == userId).Select(m => m.Role).FirstOrDefaultAsync(ct);
        if (role is null && CurrentUser.IsAdministrator(user))
        {
            role = Roles.Owner;
        }

        return role is null ? null : new WorkspaceRef(w.Id, w.Name, role);
    }

    /// <summary>The workspaces the user may see, by name.</summary>
    public async Task<IReadOnlyList<WorkspaceRef>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (CurrentUser.Id(user) is not { } userId)
        {
            return [];
        }

        var mine = await (from m in db.Memberships.AsNoTracking()
                          join w in db.Workspaces.AsNoTracking() on m.WorkspaceId equals w.Id
                          where m.UserId == userId
                          select new WorkspaceRef(w.Id, w.Name, m.Role)).ToListAsync(ct);
        if (CurrentUser.IsAdministrator(user))
        {
            var known = mine.Select(m => m.Id).ToHashSet();
            var rest = await db.Workspaces.AsNoTracking().ToListAsync(ct);
            mine.AddRange(rest.Where(w => !known.Contains(w.Id)).Select(w => new WorkspaceRef(w.Id, w.Name, Roles.Owner)));
        }

        return [.. mine.OrderBy(w => w.Name, StringComparer.Ordinal)];
    }

    /// <summary>Creates an empty workspace with the user as its owner; null and a reason when the name is not usable.</summary>
    public async Task<(WorkspaceRef? Workspace, string? Error)> CreateAsync(ClaimsPrincipal user, string? name, CancellationToken ct = default)
    {
        if (CurrentUser.Id(user) is not { } userId)
        {
            return (null, "Sign in first.");
        }

        name = (name ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return (null, $"A workspace name is 1 to {MaxNameLength} letters, digits, '-', '_' or '.'.");
        }

        if (await db.Workspaces.AnyAsync(w => w.Name == name, ct))
        {
            return (null, $"The name '{name}' is taken; choose another.");
        }

        var row = new WorkspaceRow { Name = name, CreatedAt = clock.GetUtcNow() };
        db.Workspaces.Add(row);
        await db.SaveChangesAsync(ct);
        db.Memberships.Add(new MembershipRow { WorkspaceId = row.Id, UserId = userId, Role = Roles.Owner });
        await db.SaveChangesAsync(ct);
        return (new WorkspaceRef(row.Id, row.Name, Roles.Owner), null);
    }

    public sealed record Member(long UserId, string Email, string DisplayName, string Role);

    public async Task<IReadOnlyList<Member>> MembersAsync(WorkspaceRef workspace, CancellationToken ct = default) =>
        await (from m in db.Memberships.AsNoTracking()
               join u in db.Users.AsNoTracking() on m.UserId equals u.Id
               where m.WorkspaceId == workspace.Id
               orderby u.Email
               select new Member(u.Id, u.Email, u.DisplayName, m.Role)).ToListAsync(ct);
}
