using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PoPath.Core.History;
using PoPath.Core.Readiness;
using PoPath.Core.Storage;
using PoPath.Import.Live;
using PoPath.Storage.Schema;
using PoPath.Web.Hosting;

namespace PoPath.Web.Workspaces;

/// <summary>A workspace's live connections (Jira, Azure DevOps, GitHub): the token is encrypted with Data Protection and never shown back.</summary>
internal sealed class ConnectorService(PoPathDbContext db, IDataProtectionProvider protection, IHttpClientFactory http, StoreHolder holder, TimeProvider clock, SignalsCache signals, ThemeWarmer themes)
{
    public static IReadOnlyList<string> Kinds { get; } = ["jira", "ado", "github"];

    public sealed record Info(long Id, string Kind, string BaseUrl, string Scope, string? UserName, DateTimeOffset Created);

    private IDataProtector Protector => protection.CreateProtector("PoPath.Connectors.Token.v1");

    public async Task<IReadOnlyList<Info>> ListAsync(WorkspaceRef workspace, CancellationToken ct = default) =>
        (await db.Connectors.AsNoTracking().Where(c => c.WorkspaceId == workspace.Id).ToListAsync(ct))
            .OrderBy(c => c.Id).Select(c => new Info(c.Id, c.Kind, c.BaseUrl, c.Scope, c.UserName, c.CreatedAt)).ToList();

    /// <summary>Saves a connection; null on success, else what is wrong with the input.</summary>
    public async Task<string?> AddAsync(WorkspaceRef workspace, string? kind, string? baseUrl, string? scope, string? userName, string? token, CancellationToken ct = default)
    {
        if (kind is null || !Kinds.Contains(kind))
        {
            return "Choose Jira, Azure DevOps or GitHub.";
        }

        if (!Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return "The address must be an absolute https:// URL.";
        }

        if (string.IsNullOrWhiteSpace(scope) || scope.Length > 2000)
        {
            return kind switch
            {
                "jira" => "Give the JQL query to read (at most 2,000 characters).",
                "ado" => "Give the Azure DevOps project name.",
                _ => "Give the repository as owner/name.",
            };
        }

        if (string.IsNullOrWhiteSpace(token) || token.Length > 4000)
        {
            return "Give the access token (it is stored encrypted and never shown again).";
        }

        db.Connectors.Add(new ConnectorRow
        {
            WorkspaceId = workspace.Id,
            Kind = kind,
            BaseUrl = uri.ToString(),
            Scope = scope.Trim(),
            UserName = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim(),
            ProtectedToken = Protector.Protect(token.Trim()),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<bool> RemoveAsync(WorkspaceRef workspace, long id, CancellationToken ct = default)
    {
        var row = await db.Connectors.FirstOrDefaultAsync(c => c.Id == id && c.WorkspaceId == workspace.Id, ct);
        if (row is null)
        {
            return false;
        }

        db.Connectors.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Reads the source now and stores it as the next snapshot; the message says what happened.</summary>
    public async Task<(SnapshotInfo? Snapshot, string Message)> SyncAsync(WorkspaceRef workspace, long id, CancellationToken ct = default)
    {
        var row = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.WorkspaceId == workspace.Id, ct);
        if (row is null)
        {
            return (null, "No such connection.");
        }

        var token = Protector.Unprotect(row.ProtectedToken);
        var client = http.CreateClient("connectors");
        var uri = new Uri(row.BaseUrl);
        BacklogHistory loaded = row.Kind switch
        {
            "jira" => await new JiraConnector(client, new JiraConnectorOptions { Site = uri, Jql = row.Scope, Token = token, Email = row.UserName }).LoadAsync(ct),
            "ado" => await new AdoConnector(client, new AdoConnectorOptions { Organization = uri, Project = row.Scope, Pat = token }).LoadAsync(ct),
            _ => await new GitHubConnector(client, new GitHubConnectorOptions { Repository = row.Scope, Token = token, ApiBase = uri }).LoadAsync(ct),
        };
        if (loaded.Failed || loaded.Items.Count == 0)
        {
            var why = loaded.Diagnostics.Select(d => d.ToString()).FirstOrDefault() ?? "the source returned no items";
            return (null, $"Nothing was written: {why}");
        }

        var store = await holder.GetAsync(ct);
        try
        {
            var info = await store.ImportAsync(workspace.Name, loaded, ReadinessEngine.Default.Run(loaded.Items), null, ct);
            signals.Invalidate(workspace.Id);
            themes.Warm(workspace);
            return (info, $"Snapshot {info.Number}: {info.ItemCount} items, {info.Events} events.");
        }
        catch (StoreException e)
        {
            return (null, e.Message);
        }
    }
}
