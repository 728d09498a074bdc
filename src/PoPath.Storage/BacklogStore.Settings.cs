using Microsoft.EntityFrameworkCore;
using PoPath.Core.Storage;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

/// <summary>Per-workspace settings (schema version 2, table <c>workspace_settings</c>).</summary>
public sealed partial class BacklogStore
{
    internal const string ProductOwnerKey = "product_owner";

    public async Task<string?> GetProductOwnerAsync(string workspace, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var w = await FindWorkspaceAsync(db, workspace, cancellationToken);
        return await db.WorkspaceSettings.AsNoTracking().Where(s => s.WorkspaceId == w.Id && s.Key == ProductOwnerKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
    });

    public async Task SetProductOwnerAsync(string workspace, string? name, CancellationToken cancellationToken = default)
    {
        if (name is not null)
        {
            name = name.Trim();
            if (name.Length == 0 || name.Length > IBacklogStore.MaxSettingLength || name.Any(char.IsControl))
            {
                throw new ArgumentException($"the product owner's name must be 1 to {IBacklogStore.MaxSettingLength} characters without control characters", nameof(name));
            }
        }

        EnsureWritable();
        await Guard(async () =>
        {
            await using var db = NewContext();
            var w = await FindWorkspaceAsync(db, workspace, cancellationToken);
            var row = await db.WorkspaceSettings.FirstOrDefaultAsync(s => s.WorkspaceId == w.Id && s.Key == ProductOwnerKey, cancellationToken);
            if (name is null)
            {
                if (row is not null)
                {
                    db.WorkspaceSettings.Remove(row);
                }
            }
            else if (row is null)
            {
                db.WorkspaceSettings.Add(new WorkspaceSettingRow { WorkspaceId = w.Id, Key = ProductOwnerKey, Value = name, UpdatedAt = _clock.GetUtcNow().ToUniversalTime() });
            }
            else
            {
                row.Value = name;
                row.UpdatedAt = _clock.GetUtcNow().ToUniversalTime();
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        });
    }
}
