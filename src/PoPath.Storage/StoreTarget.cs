using Npgsql;
using PoPath.Core.Storage;

namespace PoPath.Storage;

/// <summary>Where the store lives: a SQLite file or a PostgreSQL connection string.</summary>
/// <param name="Value">The file path (SQLite) or the Npgsql connection string (PostgreSQL).</param>
public sealed record StoreTarget(StoreProvider Provider, string Value)
{
    /// <summary>The environment variable naming the database when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "POPATH_DB";

    /// <summary>Resolves <c>--db</c>, then <c>POPATH_DB</c>, then the file <c>PoPath/popath.db</c> in the user's local data folder.</summary>
    /// <param name="db">The <c>--db</c> value, or null.</param>
    /// <param name="environment">Reads an environment variable (injected for tests).</param>
    /// <exception cref="StoreException">The value is not a usable path, connection string or URL.</exception>
    public static StoreTarget Resolve(string? db, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var value = !string.IsNullOrWhiteSpace(db) ? db : environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return new StoreTarget(StoreProvider.Sqlite, DefaultFile());
        }

        return Parse(value.Trim());
    }

    /// <summary>The default SQLite file: <c>PoPath/popath.db</c> under <see cref="Environment.SpecialFolder.LocalApplicationData"/>.</summary>
    public static string DefaultFile()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "PoPath", "popath.db");
    }

    /// <summary>Reads a value: a <c>postgres://</c> or <c>postgresql://</c> URL, a connection string with <c>Host=</c>, or a file path.</summary>
    public static StoreTarget Parse(string value)
    {
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreTarget(StoreProvider.PostgreSql, FromUrl(value));
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException e)
            {
                throw new StoreException(StoreError.Database, $"--db: not a valid PostgreSQL connection string ({e.Message})", e);
            }

            return new StoreTarget(StoreProvider.PostgreSql, value);
        }

        if (value.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || value.Contains(';', StringComparison.Ordinal))
        {
            throw new StoreException(StoreError.Database, $"--db: '{value}' is neither a file path nor a PostgreSQL connection string (Host=…) or postgres:// URL.");
        }

        return new StoreTarget(StoreProvider.Sqlite, Path.GetFullPath(value));
    }

    /// <summary>Where the data lives, without the password.</summary>
    public string Describe()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            return Value;
        }

        var b = new NpgsqlConnectionStringBuilder(Value);
        return $"postgresql://{b.Host}:{b.Port}/{b.Database}";
    }

    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException(StoreError.Database, "--db: not a valid postgres:// URL (expected postgres://user:password@host:port/database).");
        }

        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432 };
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            b.Database = Uri.UnescapeDataString(database);
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2)
            {
                try
                {
                    b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
                }
                catch (ArgumentException e)
                {
                    throw new StoreException(StoreError.Database, $"--db: unknown connection option '{kv[0]}' in the URL.", e);
                }
            }
        }

        return b.ConnectionString;
    }
}
