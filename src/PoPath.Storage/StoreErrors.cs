using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PoPath.Core.Storage;

namespace PoPath.Storage;

/// <summary>Turns provider exceptions into <see cref="StoreException"/>s whose message says what to do.</summary>
internal static class StoreErrors
{
    public static StoreException From(Exception e, string location) => e switch
    {
        InvalidOperationException { InnerException: DbException or IOException } wrapped => From(wrapped.InnerException!, location),
        StoreException s => s,
        SqliteException { SqliteErrorCode: 8 } => new(StoreError.Database, $"{location}: the database file is read-only; nothing was written.", e),
        SqliteException { SqliteErrorCode: 13 } => new(StoreError.Database, $"{location}: the disk is full; the import was rolled back and nothing was written.", e),
        SqliteException { SqliteErrorCode: 14 } => new(StoreError.Database, $"{location}: cannot open or create the database file (check that the folder exists and is writable).", e),
        SqliteException { SqliteErrorCode: 26 or 11 } => new(StoreError.Database, $"{location}: is not a PoPath database (or is damaged).", e),
        SqliteException { SqliteErrorCode: 5 or 6 } => new(StoreError.Database, $"{location}: the database stayed locked by another process; try again.", e),
        SqliteException s => new(StoreError.Database, $"{location}: SQLite error {s.SqliteErrorCode}: {s.Message}", e),
        PostgresException p => new(StoreError.Database, $"{location}: PostgreSQL {p.SqlState}: {p.MessageText}", e),
        NpgsqlException n => new(StoreError.Database, $"{location}: cannot reach PostgreSQL ({n.InnerException?.Message ?? n.Message}); check the host, port and credentials in --db.", e),
        DbException d => new(StoreError.Database, $"{location}: {d.Message}", e),
        UnauthorizedAccessException or IOException => new(StoreError.Database, $"{location}: {e.Message}", e),
        _ => new(StoreError.Database, $"{location}: {e.GetType().Name}: {e.Message}", e),
    };

    public static bool IsStorageFailure(Exception e) =>
        e is StoreException or DbException or UnauthorizedAccessException or IOException or InvalidOperationException { InnerException: DbException or IOException };
}
