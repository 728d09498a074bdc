namespace PoPath.Core.Storage;

/// <summary>Schema and file maintenance of a store: migrations and backups.</summary>
public interface IStoreAdmin
{
    /// <summary>A short description of where the data lives (file path, or host and database), without secrets.</summary>
    string Location { get; }

    /// <summary>The schema version the database is at, 0 when it has none yet.</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Brings the schema to the current version; returns the versions applied (none when up to date).</summary>
    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a consistent copy of the database to <paramref name="destination"/> (a default beside the database when null) and returns its path.</summary>
    /// <exception cref="StoreException">The copy cannot be made (PostgreSQL: pg_dump is not installed or fails; the message says which).</exception>
    Task<string> BackupAsync(string? destination = null, CancellationToken cancellationToken = default);
}
