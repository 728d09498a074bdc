using PoPath.Storage.Tests.Support;

namespace PoPath.Storage.Tests;

/// <summary>The storage contract on a SQLite file (one temp file per test class).</summary>
public sealed class SqliteStoreTests(TempFolder folder) : StoreContract, IClassFixture<TempFolder>
{
    protected override StoreTarget Target { get; } = new(StoreProvider.Sqlite, folder.File("contract.db"));
}
