using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
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
internal static partial class SchemaMigrator
{
    [GeneratedRegex(@"^PoPath\.Storage\.Schema\.V(?<v>[0-9]+)\.(?<p>sqlite|postgresql)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptName();

    /// <summary>The versions this build carries: every <c>V{n}</c> with a script for both providers, ascending.</summary>
    /// <remarks>
    /// Found from the embedded scripts, so parts of the product developed side by side each add their own version file
    /// (a new version only adds tables or indexes; it never alters a table of an earlier version).
    /// </remarks>
    public static IReadOnlyList<int> Versions { get; } = FindVersions();

    /// <summary>The highest version this build writes.</summary>
    public static int CurrentVersion => Versions[^1];

    private static int[] FindVersions()
    {
        var found = new Dictionary<int, int>();
        foreach (var name in Assembly.GetExecutingAssembly().GetManifestResourceNames())
        {
            var m = ScriptName().Match(name);
            if (m.Success)
            {
                var v = int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);
                found[v] = found.GetValueOrDefault(v) + 1;
            }
        }

        var incomplete = found.Where(p => p.Value != 2).Select(p => p.Key).ToList();
        if (incomplete.Count > 0 || !found.ContainsKey(1))
        {
            throw new InvalidOperationException("Schema scripts must exist for both providers, starting at V1; incomplete: " + string.Join(", ", incomplete));
        }

        return [.. found.Keys.Order()];
    }

    /// <summary>The description of a version: the first line of its SQLite script when it is a <c>-- </c> comment.</summary>
    public static string Description(int version)
    {
        var first = Script(StoreProvider.Sqlite, version).AsSpan().TrimStart();
        var line = first[..Math.Max(0, first.IndexOf('\n') is var i and >= 0 ? i : first.Length)].Trim();
        return line.StartsWith("--", StringComparison.Ordinal) ? line[2..].Trim().ToString()
            : version == 1 ? "workspaces, snapshots, items, readiness results, users and membership" : $"version {version}";
    }

    public static string Script(StoreProvider provider, int version)
    {
        var name = $"PoPath.Storage.Schema.V{version}.{(provider == StoreProvider.Sqlite ? "sqlite" : "postgresql")}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException("Missing schema script " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The versions recorded in the database (empty when it has no schema yet).</summary>
    public static async Task<IReadOnlySet<int>> AppliedAsync(PoPathDbContext db, StoreProvider provider, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = provider == StoreProvider.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'popath_schema'"
            : "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = 'popath_schema' AND schemaname = current_schema()";
        var applied = new HashSet<int>();
        if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
        {
            return applied;
        }

        cmd.CommandText = "SELECT version FROM popath_schema";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return applied;
    }

    /// <summary>The highest version recorded in the database; 0 when it has no schema.</summary>
    public static async Task<int> VersionAsync(PoPathDbContext db, StoreProvider provider, CancellationToken ct)
    {
        var applied = await AppliedAsync(db, provider, ct);
        return applied.Count == 0 ? 0 : applied.Max();
    }

    /// <summary>True when every version this build carries is recorded in the database.</summary>
    public static async Task<bool> IsCurrentAsync(PoPathDbContext db, StoreProvider provider, CancellationToken ct)
    {
        var applied = await AppliedAsync(db, provider, ct);
        return Versions.All(applied.Contains);
    }

    /// <summary>Applies every version the database lacks, ascending, in one transaction; returns the versions applied.</summary>
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
        var present = await AppliedAsync(db, provider, ct);
        foreach (var v in Versions.Where(v => !present.Contains(v)))
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

            db.SchemaVersions.Add(new SchemaVersionRow { Version = v, AppliedAt = clock.GetUtcNow(), Description = Description(v) });
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
