namespace PoPath.Storage;

/// <summary>The database engines the store runs on.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
