using Microsoft.EntityFrameworkCore;
using PoPath.Storage.Schema;

namespace PoPath.Web.Accounts;

/// <summary>Personal API tokens: shown once when created, stored as a SHA-256 hash, revocable.</summary>
internal sealed class ApiTokenService(PoPathDbContext db, TimeProvider clock)
{
    public const string Prefix = "pp_";
    public const int MaxTokensPerUser = 20;

    public sealed record TokenInfo(long Id, string Name, DateTimeOffset Created, DateTimeOffset? Expires, DateTimeOffset? LastUsed);

    public async Task<IReadOnlyList<TokenInfo>> ListAsync(long userId, CancellationToken ct = default) =>
        (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct))
            .OrderBy(t => t.Id).Select(t => new TokenInfo(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.LastUsedAt)).ToList();

    /// <summary>Creates a token and returns its secret (the only time it is visible), or null with a reason.</summary>
    public async Task<(string? Secret, string? Error)> CreateAsync(long userId, string name, int days, CancellationToken ct = default)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 80)
        {
            return (null, "Give the token a name of 1 to 80 characters.");
        }

        if (days is < 1 or > 366)
        {
            return (null, "A token lives 1 to 366 days.");
        }

        if (await db.ApiTokens.CountAsync(t => t.UserId == userId, ct) >= MaxTokensPerUser)
        {
            return (null, $"You have {MaxTokensPerUser} tokens already; revoke one first.");
        }

        var secret = Secrets.New(Prefix);
        var now = clock.GetUtcNow();
        db.ApiTokens.Add(new ApiTokenRow { UserId = userId, Name = name, TokenHash = Secrets.Hash(secret), CreatedAt = now, ExpiresAt = now.AddDays(days) });
        await db.SaveChangesAsync(ct);
        return (secret, null);
    }

    public async Task<bool> RevokeAsync(long userId, long tokenId, CancellationToken ct = default)
    {
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (row is null)
        {
            return false;
        }

        db.ApiTokens.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The user id a presented token belongs to, when it exists and has not expired; records its use.</summary>
    public async Task<long?> ValidateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Secrets.Hash(secret);
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (row is null || (row.ExpiresAt is { } e && e <= now))
        {
            return null;
        }

        // One write per minute at most, so a busy client does not turn every read into a write.
        if (row.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            row.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }

        return row.UserId;
    }
}
