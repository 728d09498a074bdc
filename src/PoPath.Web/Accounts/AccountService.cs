using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PoPath.Storage.Schema;
using PoPath.Web.Hosting;

namespace PoPath.Web.Accounts;

/// <summary>Accounts, the first administrator's set-up link, and invitations into workspaces.</summary>
internal sealed class AccountService(PoPathDbContext db, UserManager<AccountRow> users, RoleManager<AccountRoleRow> roles, TimeProvider clock)
{
    public const string SetupPurpose = "setup";
    public const string InvitePurpose = "invite";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    public async Task EnsureRolesAsync()
    {
        if (!await roles.RoleExistsAsync(Roles.Administrator))
        {
            await roles.CreateAsync(new AccountRoleRow { Name = Roles.Administrator });
        }
    }

    public async Task<bool> HasAdministratorAsync() => (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0;

    /// <summary>A new one-time set-up link secret; earlier unused set-up links stop working.</summary>
    public async Task<string> NewSetupLinkAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        foreach (var old in await db.OneTimeLinks.Where(l => l.Purpose == SetupPurpose && l.UsedAt == null).ToListAsync(ct))
        {
            old.UsedAt = now;
        }

        var secret = Secrets.New();
        db.OneTimeLinks.Add(new OneTimeLinkRow { Purpose = SetupPurpose, TokenHash = Secrets.Hash(secret), CreatedAt = now, ExpiresAt = now + LinkLifetime });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>An invitation into a workspace for <paramref name="email"/> with <paramref name="role"/>; returns the link secret.</summary>
    public async Task<string> NewInviteAsync(long workspaceId, string email, string role, long createdBy, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var secret = Secrets.New();
        db.OneTimeLinks.Add(new OneTimeLinkRow
        {
            Purpose = InvitePurpose,
            TokenHash = Secrets.Hash(secret),
            Email = email,
            WorkspaceId = workspaceId,
            Role = role,
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = now + InviteLifetime,
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>The unused, unexpired link of <paramref name="purpose"/> for <paramref name="secret"/>, or null.</summary>
    public async Task<OneTimeLinkRow?> FindLinkAsync(string purpose, string? secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            return null;
        }

        var hash = Secrets.Hash(secret);
        var link = await db.OneTimeLinks.FirstOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose && l.UsedAt == null, ct);
        return link is not null && link.ExpiresAt > clock.GetUtcNow() ? link : null;
    }

    /// <summary>Creates a user row and its account with <paramref name="password"/>, in one transaction; the errors say what the policy wants.</summary>
    public Task<(AccountRow? Account, IReadOnlyList<string> Errors)> CreateAsync(string email, string displayName, string password, CancellationToken ct = default) =>
        CreateAsync(email, displayName, password, null, ct);

    /// <summary>
    /// The account of a person who signed in through company single sign-on: the one already linked to that provider's
    /// subject, else the account with the e-mail address the provider vouches for (linked now), else a new account with no
    /// password. Memberships are not touched: a new account sees no workspace until an owner adds it.
    /// </summary>
    public async Task<(AccountRow? Account, IReadOnlyList<string> Errors)> ExternalAsync(string email, string? displayName, UserLoginInfo login, CancellationToken ct = default)
    {
        if (await users.FindByLoginAsync(login.LoginProvider, login.ProviderKey) is { } linked)
        {
            return (linked, []);
        }

        email = email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            var added = await users.AddLoginAsync(existing, login);
            return added.Succeeded ? (existing, []) : (null, added.Errors.Select(e => e.Description).ToList());
        }

        return await CreateAsync(email, displayName ?? email, null, login, ct);
    }

    private async Task<(AccountRow? Account, IReadOnlyList<string> Errors)> CreateAsync(string email, string displayName, string? password, UserLoginInfo? login, CancellationToken ct)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null || await db.Users.AnyAsync(u => u.Email == email, ct))
        {
            return (null, ["An account with this e-mail address already exists; sign in instead."]);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new UserRow { Email = email, DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(), CreatedAt = clock.GetUtcNow() };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        var account = new AccountRow { Id = user.Id, UserName = email, Email = email, LockoutEnabled = true };
        var result = password is null ? await users.CreateAsync(account) : await users.CreateAsync(account, password);
        if (result.Succeeded && login is not null)
        {
            result = await users.AddLoginAsync(account, login);
        }

        if (!result.Succeeded)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return (null, result.Errors.Select(e => e.Description).ToList());
        }

        await tx.CommitAsync(ct);
        return (account, []);
    }

    /// <summary>Redeems the set-up link: the new account becomes an administrator. False when the link is not valid.</summary>
    public async Task<(bool Ok, IReadOnlyList<string> Errors, AccountRow? Account)> CompleteSetupAsync(string secret, string email, string displayName, string password, CancellationToken ct = default)
    {
        var link = await FindLinkAsync(SetupPurpose, secret, ct);
        if (link is null)
        {
            return (false, ["This set-up link is not valid any more. Restart 'popath serve' or run 'popath admin create-link' for a new one."], null);
        }

        var (account, errors) = await CreateAsync(email, displayName, password, ct);
        if (account is null)
        {
            return (false, errors, null);
        }

        await EnsureRolesAsync();
        await users.AddToRoleAsync(account, Roles.Administrator);
        link.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (true, [], account);
    }

    /// <summary>Adds <paramref name="userId"/> to the workspace with <paramref name="role"/>, or changes the role of a member.</summary>
    public async Task SetMembershipAsync(long workspaceId, long userId, string role, CancellationToken ct = default)
    {
        var existing = await db.Memberships.FirstOrDefaultAsync(m => m.WorkspaceId == workspaceId && m.UserId == userId, ct);
        if (existing is null)
        {
            db.Memberships.Add(new MembershipRow { WorkspaceId = workspaceId, UserId = userId, Role = role });
        }
        else
        {
            existing.Role = role;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Redeems an invitation for a signed-in user whose e-mail matches it.</summary>
    public async Task<bool> AcceptInviteAsync(OneTimeLinkRow link, long userId, CancellationToken ct = default)
    {
        await SetMembershipAsync(link.WorkspaceId!.Value, userId, link.Role!, ct);
        var tracked = await db.OneTimeLinks.FirstAsync(l => l.Id == link.Id, ct);
        tracked.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}
