using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PoPath.Storage.Schema;

/// <summary>Applies the schema versions, each a frozen provider-specific SQL script, and records them in <c>popath_schema</c>.</summary>
/// <remarks>
/// Why not EF Core migrations: they need the design-time tool (<c>dotnet ef</c>) and a design-time project to generate, which
/// this offline build does not have. Instead each version is a SQL script per provider, embedded as a resource
/// (<c>Schema/V{n}.{provider}.sql</c>). Version 1 was generated from <see cref="PoPathDbContext"/> with
/// <c>Database.GenerateCreateScript()</c>; a test checks that the scripts still create exactly what the model describes,
/// so a model change without a new version fails the build's tests. To change the schema: change the model, add
/// <c>V{n+1}.*.sql</c> with the ALTER/CREATE statements for both providers, and raise <see cref="CurrentVersion"/>.
/// </remarks>
internal static class SchemaMigrator
{
    public const int CurrentVersion = 1;

    private static readonly string[] Descriptions = ["", "workspaces, snapshots, items, readiness results, users and membership"];

    public static string Script(StoreProvider provider, int version)
    {
        var name = $"PoPath.Storage.Schema.V{version}.{(provider == StoreProvider.Sqlite ? "sqlite" : "postgresql")}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException("Missing schema script " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static async Task<int> VersionAsync(PoPathDbContext db, StoreProvider provider, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = provider == StoreProvider.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'popath_schema'"
            : "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = 'popath_schema' AND schemaname = current_schema()";
        if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM popath_schema";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Applies every version above the database's in one transaction; returns the versions applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(PoPathDbContext db, StoreProvider provider, TimeProvider clock, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (provider == StoreProvider.PostgreSql)
        {
            // Two processes starting at once: the second waits here, then sees the first one's version.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7310001)", ct);
        }

        var applied = new List<int>();
        var from = await VersionAsync(db, provider, ct);
        for (var v = from + 1; v <= CurrentVersion; v++)
        {
            var connection = db.Database.GetDbConnection();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx.GetDbTransaction();
#pragma warning disable CA2100 // An embedded script of this assembly, not user input.
                cmd.CommandText = Script(provider, v);
#pragma warning restore CA2100
                await cmd.ExecuteNonQueryAsync(ct);
            }

            db.SchemaVersions.Add(new SchemaVersionRow { Version = v, AppliedAt = clock.GetUtcNow(), Description = Descriptions[v] });
            await db.SaveChangesAsync(ct);
            applied.Add(v);
        }

        await tx.CommitAsync(ct);
        return applied;
    }

    internal static DbCommand Command(DbConnection c, DbTransaction? t, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = t;
#pragma warning disable CA2100 // Callers pass constant SQL; values go in parameters.
        cmd.CommandText = sql;
#pragma warning restore CA2100
        return cmd;
    }
}
