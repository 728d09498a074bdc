using System.CommandLine;
using System.Globalization;
using PoPath.Core.Model;
using PoPath.Core.Storage;

namespace PoPath.Cli.Storage;

/// <summary><c>popath diff --workspace W</c>: what changed in readiness between two snapshots (by default the last two).</summary>
internal static class DiffCommand
{
    public static Command Create(CliEnvironment env)
    {
        var workspace = StoreOptions.Workspace();
        var from = new Option<int?>("--from") { Description = "The older snapshot number (default: the one before --to)." };
        var to = new Option<int?>("--to") { Description = "The newer snapshot number (default: the latest)." };
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("diff", "Show what changed in readiness between the last two snapshots of a workspace: items added and removed, element status changes per item, and the gap profile change.")
        {
            workspace, from, to, db, output,
        };
        command.SetAction((parse, ct) => StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
        {
            var ws = parse.GetValue(workspace)!;
            var snapshots = await store.ListSnapshotsAsync(ws, ct);
            var newer = parse.GetValue(to) ?? (snapshots.Count > 0 ? snapshots[^1].Number : 0);
            var older = parse.GetValue(from) ?? snapshots.Where(s => s.Number < newer).Select(s => s.Number).DefaultIfEmpty(0).Max();
            if (older == 0)
            {
                env.Error.WriteLine($"popath: workspace '{ws}' has {snapshots.Count} snapshot(s); a diff needs two (import the backlog again).");
                return ExitCodes.Input;
            }

            var diff = SnapshotDiff.Between(await store.LoadSnapshotAsync(ws, older, ct), await store.LoadSnapshotAsync(ws, newer, ct));
            Render(env, parse.GetValue(output), ws, diff);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static void Render(CliEnvironment env, StoreOutput output, string ws, SnapshotDiff diff)
    {
        static string Pct(double v) => (100 * v).ToString("0", CultureInfo.InvariantCulture) + "%";
        static string Signed(double v) => (v > 0 ? "+" : "") + (100 * v).ToString("0", CultureInfo.InvariantCulture) + " pt";
        var title = $"{ws}: snapshot {diff.From.Number} → {diff.To.Number}";
        if (output == StoreOutput.Json)
        {
            StoreRenderer.Write(env, output, title, [], [], new
            {
                workspace = ws,
                from = SnapshotsCommand.Json(diff.From),
                to = SnapshotsCommand.Json(diff.To),
                added = diff.Added,
                removed = diff.Removed,
                changes = diff.Changes.Select(c => new
                {
                    id = c.Id,
                    title = c.Title,
                    score_before = c.ScoreBefore,
                    score_after = c.ScoreAfter,
                    elements = c.Elements.Select(e => new { element = e.Element.Id(), from = e.From.Id(), to = e.To.Id() }),
                }),
                gaps = diff.Gaps.Select(g => new { element = g.Element.Id(), before = g.Before, after = g.After, delta = g.Delta }),
            });
            return;
        }

        StoreRenderer.Write(env, output, title + $" — {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changes.Count} changed",
            ["Change", "Items"],
            [["added", diff.Added.Count == 0 ? "-" : string.Join(", ", diff.Added.Take(50)) + (diff.Added.Count > 50 ? " …" : "")],
             ["removed", diff.Removed.Count == 0 ? "-" : string.Join(", ", diff.Removed.Take(50)) + (diff.Removed.Count > 50 ? " …" : "")]],
            new { });
        env.Out.WriteLine();
        StoreRenderer.Write(env, output, "Gap profile of the top items (missing or weak)", ["Element", "Before", "After", "Change"],
            diff.Gaps.Select(g => new[] { g.Element.Id(), Pct(g.Before), Pct(g.After), Signed(g.Delta) }), new { });
        env.Out.WriteLine();
        StoreRenderer.Write(env, output, "Items whose readiness changed", ["Item", "Score", "Element changes"],
            diff.Changes.Select(c => new[]
            {
                c.Id + " " + c.Title, $"{c.ScoreBefore} → {c.ScoreAfter}",
                string.Join("; ", c.Elements.Select(e => $"{e.Element.Id()}: {e.From.Id()} → {e.To.Id()}")),
            }), new { });
    }
}
