namespace PoPath.Cli.Storage;

/// <summary>Output formats of the storage commands.</summary>
internal enum StoreOutput
{
    Table,
    Json,
    Markdown,
}
