using System.CommandLine;
using PoPath.Storage;

namespace PoPath.Cli.Storage;

/// <summary><c>popath db migrate</c> and <c>popath db backup</c>.</summary>
internal static class DbCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var migrate = new Command("migrate", "Create the database if needed and bring its schema to this PoPath's version (an existing SQLite file is backed up first). Every command does this on first use; this does only that.") { db, output };
        migrate.SetAction(async (parse, ct) =>
        {
            try
            {
                var target = StoreTarget.Resolve(parse.GetValue(db));
                await using var store = await BacklogStore.OpenAsync(target, new StoreOpenOptions { Migrate = false }, ct);
                var applied = await store.MigrateAsync(ct);
                var version = await store.SchemaVersionAsync(ct);
                var backup = store.AutomaticBackup;
                var message = applied.Count == 0 ? $"{store.Location}: schema is up to date (version {version})." : $"{store.Location}: applied schema version(s) {string.Join(", ", applied)}; now at {version}.";
                StoreRenderer.Write(env, parse.GetValue(output), "Schema", ["Database", "Version", "Applied", "Backup"],
                    [[store.Location, version.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", applied), backup ?? "-"]],
                    new { database = store.Location, version, applied, backup, message });
                return ExitCodes.Ok;
            }
            catch (Core.Storage.StoreException e)
            {
                env.Error.WriteLine($"popath: {e.Message}");
                return StoreRunner.ExitCode(e.Error);
            }
        });

        var to = new Option<string?>("--to") { Description = "Where to write the copy (default: beside the SQLite file, named with the time; for PostgreSQL popath-DATABASE-TIME.dump in the current folder)." };
        var backupDb = StoreOptions.Db();
        var backupOutput = StoreOptions.Output();
        var backupCommand = new Command("backup", "Write a consistent copy of the database, safe while another process imports: SQLite through its online backup API, PostgreSQL through pg_dump (custom format, restore with pg_restore).") { backupDb, to, backupOutput };
        backupCommand.SetAction((parse, ct) => StoreRunner.RunAsync(env, parse.GetValue(backupDb), async store =>
        {
            var path = await store.BackupAsync(parse.GetValue(to), ct);
            StoreRenderer.Write(env, parse.GetValue(backupOutput), "Backup", ["Database", "Copy"], [[store.Location, path]], new { database = store.Location, backup = path });
            return ExitCodes.Ok;
        }, ct));

        return new Command("db", "Database maintenance: schema migration and backups.") { migrate, backupCommand };
    }
}
