using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using PoPath.Core.History;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Storage;
using PoPath.Storage.Bulk;

namespace PoPath.Benchmarks;

/// <summary>
/// <c>storage-bench [--items N] [--events N] [--pg CONNECTION] [--out FILE]</c>: one import of N items (with their readiness)
/// and N events into SQLite and PostgreSQL, each next to the near-limit reference on the same rows in the same run
/// (the sqlite3 shell's <c>.import</c>; <c>psql \copy</c>), then the p95 of the workspace overview query.
/// </summary>
/// <remarks>
/// Rows counted: per item one item row, one item-result row and one row per element (8), plus sprints and events.
/// Peak memory of PoPath is the process's peak resident set during the import (Linux VmHWM, reset just before);
/// the references' is the client process's maximum RSS from GNU time. The data set itself is built before the reset, so
/// PoPath's figure includes the items and events held in memory, which the shell tools stream from files.
/// </remarks>
internal static class StorageBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var items = Arg(args, "--items", 100_000);
        var events = Arg(args, "--events", 1_000_000);
        var pg = Value(args, "--pg") ?? Environment.GetEnvironmentVariable("POPATH_TEST_PG");
        var outFile = Value(args, "--out");
        var dir = Directory.CreateTempSubdirectory("popath-storage-bench-").FullName;
        try
        {
            Console.Error.WriteLine($"building {items:N0} items, {events:N0} events and the readiness run …");
            var (history, run) = Build(items, events);
            var rows = ((long)items * (2 + ElementNames.All.Count)) + history.Sprints.Count + events;
            Console.Error.WriteLine("writing the reference CSV files …");
            var csv = WriteCsv(dir, history, run);
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"{items:N0} items with readiness (8 rows each) + {history.Sprints.Count} sprints + {events:N0} events = {rows:N0} rows");
            report.AppendLine();
            report.AppendLine("| target | PoPath rows/s | PoPath peak RSS | reference | reference rows/s | reference peak RSS | PoPath / reference time | overview p95 |");
            report.AppendLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |");

            var sqliteFile = Path.Combine(dir, "bench.db");
            var sqlite = await MeasureStoreAsync(new StoreTarget(StoreProvider.Sqlite, sqliteFile), history, run, rows);
            var sqliteRef = SqliteReference(dir, csv);
            report.AppendLine(Line("SQLite (file, WAL)", sqlite, "sqlite3 .import (CSV)", sqliteRef, rows));

            if (!string.IsNullOrWhiteSpace(pg))
            {
                var storeSchema = await NewSchemaAsync(pg, "bench_store");
                var pgRun = await MeasureStoreAsync(new StoreTarget(StoreProvider.PostgreSql, new NpgsqlConnectionStringBuilder(pg) { SearchPath = storeSchema }.ConnectionString), history, run, rows);
                var refSchema = await NewSchemaAsync(pg, "bench_ref");
                var pgRef = await PostgresReferenceAsync(pg, refSchema, csv);
                report.AppendLine(Line("PostgreSQL 15 (loopback)", pgRun, "psql \\copy (CSV)", pgRef, rows));
                await DropAsync(pg, storeSchema);
                await DropAsync(pg, refSchema);
            }
            else
            {
                report.AppendLine("| PostgreSQL | not run: pass --pg or set POPATH_TEST_PG | | | | | | |");
            }

            Console.WriteLine(report);
            if (outFile is not null)
            {
                await File.WriteAllTextAsync(outFile, report.ToString());
            }

            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed record Measured(TimeSpan Time, long PeakBytes, TimeSpan? OverviewP95);

    private static string Line(string target, Measured ours, string reference, Measured theirs, long rows) =>
        string.Create(CultureInfo.InvariantCulture, $"| {target} | {rows / ours.Time.TotalSeconds:N0} ({ours.Time.TotalSeconds:0.00} s) | {ours.PeakBytes / 1e6:N0} MB | {reference} | {rows / theirs.Time.TotalSeconds:N0} ({theirs.Time.TotalSeconds:0.00} s) | {theirs.PeakBytes / 1e6:N0} MB | {ours.Time / theirs.Time:0.00}× | {ours.OverviewP95!.Value.TotalMilliseconds:0.0} ms |");

    private static async Task<Measured> MeasureStoreAsync(StoreTarget target, BacklogHistory history, CheckRun run, long rows)
    {
        await using var store = await BacklogStore.OpenAsync(target);
        GC.Collect();
        ResetPeak();
        var clock = Stopwatch.StartNew();
        await store.ImportAsync("bench", history, run);
        var time = clock.Elapsed;
        var peak = PeakRss();
        Console.Error.WriteLine($"{target.Provider}: {rows:N0} rows in {time.TotalSeconds:0.00} s");

        // The overview a workspace page shows, at this size: 20 warm-up calls, then 200 timed.
        var samples = new List<double>();
        for (var n = 0; n < 220; n++)
        {
            var t = Stopwatch.StartNew();
            await store.OverviewAsync("bench");
            if (n >= 20)
            {
                samples.Add(t.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        return new Measured(time, peak, TimeSpan.FromMilliseconds(samples[(int)Math.Ceiling(0.95 * samples.Count) - 1]));
    }

    private static (BacklogHistory, CheckRun) Build(int items, int events)
    {
        var list = new List<BacklogItem>(items);
        for (var n = 1; n <= items; n++)
        {
            list.Add(new BacklogItem
            {
                Id = "B-" + n.ToString(CultureInfo.InvariantCulture),
                Rank = n,
                Title = n % 3 == 0 ? $"Rename config file {n}" : $"As a shopper I want to pay with a saved card {n}, so that I finish checkout faster",
                Description = n % 2 == 0 ? "Support tickets show 41 abandoned checkouts a week. Why: card abandonment costs 18,000 EUR a month. We will not build wallet support now." : null,
                AcceptanceCriteria = n % 4 == 0 ? "Given a saved card, when I pay, then no card number is asked" : null,
                Priority = "High",
                Status = "Open",
                StoryPoints = n % 8,
                Labels = ["checkout"],
            });
        }

        var sprints = Enumerable.Range(1, 50).Select(s => new Sprint { Id = s.ToString(CultureInfo.InvariantCulture), Name = $"Sprint {s}", State = SprintState.Closed, Start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(14 * s) }).ToList();
        var kinds = Enum.GetValues<ItemEventKind>();
        var start = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var evts = new List<ItemEvent>(events);
        for (var n = 0; n < events; n++)
        {
            var kind = kinds[n % kinds.Length];
            evts.Add(new ItemEvent
            {
                ItemId = "B-" + ((n % items) + 1).ToString(CultureInfo.InvariantCulture),
                Kind = kind,
                At = start.AddMinutes(n),
                Actor = "user" + (n % 17).ToString(CultureInfo.InvariantCulture),
                From = kind == ItemEventKind.StatusChanged ? "Open" : null,
                To = kind == ItemEventKind.StatusChanged ? "In Progress" : null,
                SprintId = kind is ItemEventKind.AddedToSprint or ItemEventKind.RemovedFromSprint ? ((n % 50) + 1).ToString(CultureInfo.InvariantCulture) : null,
            });
        }

        var run = ReadinessEngine.Default.Run(list);
        return (new BacklogHistory("bench", "synthetic", list, sprints, evts, []), run);
    }

    private static (string Table, string[] Columns, string File)[] WriteCsv(string dir, BacklogHistory history, CheckRun run)
    {
        // The same values the store writes (BulkColumns), so both sides load identical rows.
        var rows = SnapshotRows.Pair(history.Items, run, history.Sprints, history.Events);
        var files = new List<(string, string[], string)>();
        void Write(string table, (string Name, NpgsqlTypes.NpgsqlDbType Type)[] columns, int count, Action<object?[], int> fill)
        {
            var path = Path.Combine(dir, table + ".csv");
            using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
            var v = new object?[columns.Length];
            for (var n = 0; n < count; n++)
            {
                fill(v, n);
                for (var c = 0; c < v.Length; c++)
                {
                    if (c > 0)
                    {
                        w.Write(',');
                    }

                    w.Write(Csv(v[c]));
                }

                w.Write('\n');
            }

            files.Add((table, columns.Select(c => c.Name).ToArray(), path));
        }

        Write(BulkColumns.ItemsTable, BulkColumns.Items, rows.Items.Count, (v, n) => BulkColumns.ItemValues(v, 1, n, rows.Items[n]));
        Write(BulkColumns.ItemResultsTable, BulkColumns.ItemResults, rows.Items.Count, (v, n) => BulkColumns.ItemResultValues(v, 1, n, rows.Results[n], ReadinessEngine.Passes(rows.Results[n])));
        var elements = rows.Results.SelectMany((r, n) => r.Elements.Select(e => (n, e))).ToList();
        Write(BulkColumns.ElementResultsTable, BulkColumns.ElementResults, elements.Count, (v, n) => BulkColumns.ElementValues(v, 1, elements[n].n, elements[n].e));
        Write(BulkColumns.SprintsTable, BulkColumns.Sprints, rows.Sprints.Count, (v, n) => BulkColumns.SprintValues(v, 1, n, rows.Sprints[n]));
        Write(BulkColumns.EventsTable, BulkColumns.Events, rows.Events.Count, (v, n) => BulkColumns.EventValues(v, 1, n, rows.Events[n]));
        return [.. files];
    }

    private static string Csv(object? value) => value switch
    {
        null => "",
        string s => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "1" : "0",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private const string SnapshotRow =
        "INSERT INTO workspaces (id, name, created_at) VALUES (1, 'bench', '2026-01-01 00:00:00+00:00'); " +
        "INSERT INTO snapshots (id, workspace_id, number, source, format, imported_at, item_count, warning_count, diagnostics_json, average_score, top_average_score, passing, sprint_count, event_count) " +
        "VALUES (1, 1, 1, 'bench', 'synthetic', '2026-01-01 00:00:00+00:00', 0, 0, '[]', 0, 0, 0, 0, 0);";

    private static Measured SqliteReference(string dir, (string Table, string[] Columns, string File)[] csv)
    {
        var db = Path.Combine(dir, "reference.db");
        var schema = Path.Combine(dir, "schema.sql");
        File.WriteAllText(schema, "PRAGMA journal_mode=WAL;\n" + ReadScript("sqlite") + "\n" + SnapshotRow + "\n");
        Tool("sqlite3", [db, ".read " + schema]);

        // One shell session, one transaction, the same tables and indexes as PoPath's schema.
        var script = Path.Combine(dir, "import.sql");
        var sb = new StringBuilder("BEGIN;\n");
        foreach (var (table, _, file) in csv)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $".import --csv {file} {table}");
        }

        sb.AppendLine("COMMIT;");
        File.WriteAllText(script, sb.ToString());
        return Tool("sqlite3", [db, ".read " + script]);
    }

    private static async Task<Measured> PostgresReferenceAsync(string pg, string schema, (string Table, string[] Columns, string File)[] csv)
    {
        await using (var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(pg) { SearchPath = schema }.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand(ReadScript("postgresql") + "\n" + SnapshotRow, c);
            await cmd.ExecuteNonQueryAsync();
        }

        var b = new NpgsqlConnectionStringBuilder(pg);
        var sb = new StringBuilder();
        foreach (var (table, columns, file) in csv)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"\\copy {table} ({string.Join(", ", columns.Select(x => "\"" + x + "\""))}) FROM '{file}' WITH (FORMAT csv)");
        }

        var script = Path.Combine(Path.GetDirectoryName(csv[0].File)!, "copy.psql");
        File.WriteAllText(script, sb.ToString());
        return Tool("psql", ["-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-f", script,
            $"host={b.Host} port={b.Port} user={b.Username} password={b.Password} dbname={b.Database} options=-csearch_path={schema}"]);
    }

    private static Measured Tool(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (string[])["-f", "maxrss_kb=%M", tool, .. arguments])
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var time = clock.Elapsed;
        _ = stdout.Result;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({p.ExitCode}): {err}");
        }

        var line = err.Split('\n').Last(l => l.StartsWith("maxrss_kb=", StringComparison.Ordinal));
        return new Measured(time, long.Parse(line["maxrss_kb=".Length..], CultureInfo.InvariantCulture) * 1024, null);
    }

    private static string ReadScript(string provider)
    {
        using var s = typeof(BacklogStore).Assembly.GetManifestResourceStream($"PoPath.Storage.Schema.V1.{provider}.sql")!;
        return new StreamReader(s).ReadToEnd();
    }

    private static async Task<string> NewSchemaAsync(string pg, string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..8];
        await using var c = new NpgsqlConnection(pg);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {name}", c);
        await cmd.ExecuteNonQueryAsync();
        return name;
    }

    private static async Task DropAsync(string pg, string schema)
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(pg);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", c);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void ResetPeak()
    {
        if (OperatingSystem.IsLinux())
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    private static long PeakRss()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Process.GetCurrentProcess().PeakWorkingSet64;
        }

        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static int Arg(string[] args, string name, int fallback) =>
        Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
