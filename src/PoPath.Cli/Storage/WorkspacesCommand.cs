using System.CommandLine;
using System.Globalization;

namespace PoPath.Cli.Storage;

/// <summary><c>popath workspaces</c>: every workspace with its snapshot count and latest import.</summary>
internal static class WorkspacesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("workspaces", "List the workspaces in the database, with their snapshot count and latest import.") { db, output, WorkspaceSetCommand.Create(env) };
        command.SetAction((parse, ct) => StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
        {
            var list = await store.ListWorkspacesAsync(ct);
            StoreRenderer.Write(env, parse.GetValue(output), $"Workspaces in {store.Location}",
                ["Workspace", "Snapshots", "Latest", "Imported (UTC)", "Items", "Top avg"],
                list.Select(w => new[]
                {
                    w.Name, w.Snapshots.ToString(CultureInfo.InvariantCulture), w.Latest?.Number.ToString(CultureInfo.InvariantCulture) ?? "-",
                    w.Latest?.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-",
                    w.Latest?.ItemCount.ToString(CultureInfo.InvariantCulture) ?? "-", w.Latest?.TopAverageScore.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
                }),
                new { database = store.Location, workspaces = list.Select(w => new { name = w.Name, created = w.Created, snapshots = w.Snapshots, latest = w.Latest is null ? null : SnapshotsCommand.Json(w.Latest) }) });
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
