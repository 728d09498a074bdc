using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests;

/// <summary>The storage contract on a real PostgreSQL server (<c>POPATH_TEST_PG</c>; .ci/run starts one). Skipped, with the reason, where none is configured.</summary>
[RequiresPostgres]
public sealed class PostgresStoreTests(PostgresDatabase database) : StoreContract, IClassFixture<PostgresDatabase>
{
    protected override StoreTarget Target => new(StoreProvider.PostgreSql, database.ConnectionString);
}
