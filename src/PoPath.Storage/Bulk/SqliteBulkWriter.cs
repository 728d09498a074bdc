using System.Data.Common;
using Microsoft.Data.Sqlite;
using NpgsqlTypes;
using PoPath.Core.Readiness;

namespace PoPath.Storage.Bulk;

/// <summary>SQLite: three prepared INSERT statements reused for every row, all in the caller's one transaction.</summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    private const int ProgressEvery = 1000;

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, long snapshotId, SnapshotRows rows, IProgress<long>? progress, CancellationToken ct)
    {
        var c = (SqliteConnection)connection;
        var t = (SqliteTransaction)transaction;
        using var items = Prepare(c, t, BulkColumns.ItemsTable, BulkColumns.Items);
        using var results = Prepare(c, t, BulkColumns.ItemResultsTable, BulkColumns.ItemResults);
        using var elements = Prepare(c, t, BulkColumns.ElementResultsTable, BulkColumns.ElementResults);
        var iv = new object?[BulkColumns.Items.Length];
        var rv = new object?[BulkColumns.ItemResults.Length];
        var ev = new object?[BulkColumns.ElementResults.Length];
        long written = 0;
        for (var n = 0; n < rows.Items.Count; n++)
        {
            if (n % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(written);
            }

            BulkColumns.ItemValues(iv, snapshotId, n, rows.Items[n]);
            Run(items, iv);
            var r = rows.Results[n];
            BulkColumns.ItemResultValues(rv, snapshotId, n, r, ReadinessEngine.Passes(r));
            Run(results, rv);
            foreach (var e in r.Elements)
            {
                BulkColumns.ElementValues(ev, snapshotId, n, e);
                Run(elements, ev);
            }

            written += 2 + r.Elements.Count;
        }

        using (var sprints = Prepare(c, t, BulkColumns.SprintsTable, BulkColumns.Sprints))
        {
            var sv = new object?[BulkColumns.Sprints.Length];
            for (var n = 0; n < rows.Sprints.Count; n++)
            {
                BulkColumns.SprintValues(sv, snapshotId, n, rows.Sprints[n]);
                Run(sprints, sv);
                written++;
            }
        }

        using (var events = Prepare(c, t, BulkColumns.EventsTable, BulkColumns.Events))
        {
            var xv = new object?[BulkColumns.Events.Length];
            for (var n = 0; n < rows.Events.Count; n++)
            {
                if (n % ProgressEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Report(written);
                }

                BulkColumns.EventValues(xv, snapshotId, n, rows.Events[n]);
                Run(events, xv);
                written++;
            }
        }

        progress?.Report(written);
        await Task.CompletedTask;
    }

    public Task<IEventSink> OpenEventsAsync(DbConnection connection, DbTransaction transaction, long snapshotId, CancellationToken ct) =>
        Task.FromResult<IEventSink>(new EventSink(Prepare((SqliteConnection)connection, (SqliteTransaction)transaction, BulkColumns.EventsTable, BulkColumns.Events), snapshotId));

    private sealed class EventSink(SqliteCommand insert, long snapshotId) : IEventSink
    {
        private readonly object?[] _values = new object?[BulkColumns.Events.Length];

        public long Count { get; private set; }

        public ValueTask WriteAsync(Core.History.ItemEvent e, CancellationToken ct)
        {
            if (Count % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            BulkColumns.EventValues(_values, snapshotId, checked((int)Count), e);
            Run(insert, _values);
            Count++;
            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken ct) => ValueTask.CompletedTask;

        public ValueTask DisposeAsync()
        {
            insert.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction t, string table, (string Name, NpgsqlDbType Type)[] columns)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = t;
#pragma warning disable CA2100 // Column names are constants of this assembly; values are parameters.
        cmd.CommandText = BulkColumns.Insert(table, columns);
#pragma warning restore CA2100
        for (var n = 0; n < columns.Length; n++)
        {
            cmd.Parameters.Add(new SqliteParameter("@p" + n, null));
        }

        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, object?[] values)
    {
        for (var n = 0; n < values.Length; n++)
        {
            cmd.Parameters[n].Value = values[n] ?? DBNull.Value;
        }

        cmd.ExecuteNonQuery();
    }
}
