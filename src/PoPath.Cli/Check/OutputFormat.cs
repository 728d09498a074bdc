namespace PoPath.Cli.Check;

internal enum OutputFormat
{
    Table,
    Json,
    Markdown,
    Sarif,
    Csv,
}
