using Microsoft.AspNetCore.Identity;

namespace PoPath.Storage.Schema;

// The web app's rows (schema V5): accounts through ASP.NET Core Identity, the PO's own answers, API tokens, one-time
// links, encrypted connector settings and the Data Protection key ring.
#pragma warning disable CA1812 // Instantiated by EF Core.

/// <summary>A sign-in account; its id is the <see cref="UserRow"/> id it belongs to (one account per user).</summary>
internal sealed class AccountRow : IdentityUser<long>
{
}

/// <summary>A global role (only <c>administrator</c> today); workspace roles live in <c>workspace_members</c>.</summary>
internal sealed class AccountRoleRow : IdentityRole<long>
{
}

/// <summary>What the PO answers to one element's question of an item, kept beside the detected verdict.</summary>
/// <remarks>Keyed by the item's id, not its snapshot row, so an answer carries over to later imports of the same item.</remarks>
internal sealed class PoAnswerRow
{
    public long WorkspaceId { get; set; }
    public string ItemId { get; set; } = "";

    /// <summary>The element id (<c>customer_need</c> …).</summary>
    public string Element { get; set; } = "";
    public string Answer { get; set; } = "";
    public long UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A personal API token: only its SHA-256 hash is kept.</summary>
internal sealed class ApiTokenRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>A one-time link: the first administrator's set-up, or an invitation into a workspace.</summary>
internal sealed class OneTimeLinkRow
{
    public long Id { get; set; }

    /// <summary><c>setup</c> or <c>invite</c>.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret in the link.</summary>
    public string TokenHash { get; set; } = "";
    public string? Email { get; set; }
    public long? WorkspaceId { get; set; }
    public string? Role { get; set; }
    public long? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>A workspace's connection to a live source (Jira, Azure DevOps, GitHub); the token is Data Protection ciphertext.</summary>
internal sealed class ConnectorRow
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }

    /// <summary><c>jira</c>, <c>ado</c> or <c>github</c>.</summary>
    public string Kind { get; set; } = "";
    public string BaseUrl { get; set; } = "";

    /// <summary>The query, project or repository to read.</summary>
    public string Scope { get; set; } = "";
    public string? UserName { get; set; }
    public string ProtectedToken { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One key of the ASP.NET Core Data Protection key ring (cookies, anti-forgery, connector tokens).</summary>
internal sealed class DataProtectionKeyRow
{
    public long Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
