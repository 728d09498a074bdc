using System.CommandLine;
using System.Globalization;
using PoPath.Core.Storage;

namespace PoPath.Cli.Storage;

/// <summary><c>popath snapshots --workspace W</c>: the imports of one workspace, oldest first.</summary>
internal static class SnapshotsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var workspace = StoreOptions.Workspace();
        var command = new Command("snapshots", "List the snapshots (imports) of a workspace, oldest first: source, format, time, item count, warnings and scores.") { workspace, db, output };
        command.SetAction((parse, ct) => StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
        {
            var ws = parse.GetValue(workspace)!;
            var list = await store.ListSnapshotsAsync(ws, ct);
            StoreRenderer.Write(env, parse.GetValue(output), $"Snapshots of {ws}",
                ["#", "Imported (UTC)", "Source", "Format", "Items", "Warnings", "Passing", "Top avg"],
                list.Select(s => new[]
                {
                    s.Number.ToString(CultureInfo.InvariantCulture), s.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    s.Source, s.Format, s.ItemCount.ToString(CultureInfo.InvariantCulture), s.Diagnostics.Count.ToString(CultureInfo.InvariantCulture),
                    s.Passing.ToString(CultureInfo.InvariantCulture), s.TopAverageScore.ToString("0.0", CultureInfo.InvariantCulture),
                }),
                new { workspace = ws, snapshots = list.Select(Json) });
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static object Json(SnapshotInfo s) => new
    {
        number = s.Number,
        source = s.Source,
        format = s.Format,
        imported_at = s.ImportedAt,
        items = s.ItemCount,
        sprints = s.Sprints,
        events = s.Events,
        passing = s.Passing,
        average_score = s.AverageScore,
        top_average_score = s.TopAverageScore,
        diagnostics = s.Diagnostics.Select(d => d.ToString()),
    };
}
