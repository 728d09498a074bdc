using Npgsql;

namespace PoPath.Storage.Tests.Support;

/// <summary>A throwaway schema on the PostgreSQL server named by <c>POPATH_TEST_PG</c>, dropped at the end.</summary>
/// <remarks>Each test class gets its own schema (through the connection's search path), so classes never see each other's rows.</remarks>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "POPATH_TEST_PG";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can. In CI (CI=true) they must run, so it never skips there.</summary>
    public static string? SkipReason() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"PostgreSQL tests did not run: set {Variable} to a connection string (Host=…;Username=…;Password=…;Database=…); .ci/run does."
            : null;

    public async Task InitializeAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL contract tests must run in CI.");
        }

        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {_schema}", c);
            await cmd.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = _schema }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(admin);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
