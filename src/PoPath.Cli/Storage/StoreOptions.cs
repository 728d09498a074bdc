using System.CommandLine;

namespace PoPath.Cli.Storage;

/// <summary>The options every storage command shares: where the database is, and how to print.</summary>
internal static class StoreOptions
{
    public const string DbHelp = "The database: a SQLite file path, a PostgreSQL connection string (Host=…) or a postgres:// URL. Default: $POPATH_DB, else popath.db in the user's local data folder (PoPath/).";

    public static Option<string?> Db() => new("--db") { Description = DbHelp };

    public static Option<StoreOutput> Output() => new("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => StoreOutput.Table };

    public static Option<string> Workspace(bool required = true)
    {
        var o = new Option<string>("--workspace", "-w") { Description = "The workspace: one team's or PO's backlog snapshots.", Required = required };
        o.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && string.IsNullOrWhiteSpace(t.Value))
            {
                r.AddError("--workspace must not be empty.");
            }
        });
        return o;
    }
}
