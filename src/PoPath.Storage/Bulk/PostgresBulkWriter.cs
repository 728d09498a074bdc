using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using PoPath.Core.Readiness;

namespace PoPath.Storage.Bulk;

/// <summary>PostgreSQL: Npgsql's binary COPY into each table, inside the caller's transaction.</summary>
internal sealed class PostgresBulkWriter : IBulkWriter
{
    private const int ProgressEvery = 1000;

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, long snapshotId, SnapshotRows rows, IProgress<long>? progress, CancellationToken ct)
    {
        var c = (NpgsqlConnection)connection;
        var values = new object?[BulkColumns.Items.Length];
        long written = 0;
        await using (var copy = await c.BeginBinaryImportAsync(BulkColumns.Copy(BulkColumns.ItemsTable, BulkColumns.Items), ct))
        {
            for (var n = 0; n < rows.Items.Count; n++)
            {
                BulkColumns.ItemValues(values, snapshotId, n, rows.Items[n]);
                await WriteRowAsync(copy, values, BulkColumns.Items, ct);
                if (++written % ProgressEvery == 0)
                {
                    progress?.Report(written);
                }
            }

            await copy.CompleteAsync(ct);
        }

        values = new object?[BulkColumns.ItemResults.Length];
        await using (var copy = await c.BeginBinaryImportAsync(BulkColumns.Copy(BulkColumns.ItemResultsTable, BulkColumns.ItemResults), ct))
        {
            for (var n = 0; n < rows.Items.Count; n++)
            {
                var r = rows.Results[n];
                BulkColumns.ItemResultValues(values, snapshotId, n, r, ReadinessEngine.Passes(r));
                await WriteRowAsync(copy, values, BulkColumns.ItemResults, ct);
                if (++written % ProgressEvery == 0)
                {
                    progress?.Report(written);
                }
            }

            await copy.CompleteAsync(ct);
        }

        values = new object?[BulkColumns.ElementResults.Length];
        await using (var copy = await c.BeginBinaryImportAsync(BulkColumns.Copy(BulkColumns.ElementResultsTable, BulkColumns.ElementResults), ct))
        {
            for (var n = 0; n < rows.Items.Count; n++)
            {
                foreach (var e in rows.Results[n].Elements)
                {
                    BulkColumns.ElementValues(values, snapshotId, n, e);
                    await WriteRowAsync(copy, values, BulkColumns.ElementResults, ct);
                    if (++written % ProgressEvery == 0)
                    {
                        progress?.Report(written);
                    }
                }
            }

            await copy.CompleteAsync(ct);
        }

        values = new object?[BulkColumns.Sprints.Length];
        await using (var copy = await c.BeginBinaryImportAsync(BulkColumns.Copy(BulkColumns.SprintsTable, BulkColumns.Sprints), ct))
        {
            for (var n = 0; n < rows.Sprints.Count; n++)
            {
                BulkColumns.SprintValues(values, snapshotId, n, rows.Sprints[n]);
                await WriteRowAsync(copy, values, BulkColumns.Sprints, ct);
                written++;
            }

            await copy.CompleteAsync(ct);
        }

        values = new object?[BulkColumns.Events.Length];
        await using (var copy = await c.BeginBinaryImportAsync(BulkColumns.Copy(BulkColumns.EventsTable, BulkColumns.Events), ct))
        {
            for (var n = 0; n < rows.Events.Count; n++)
            {
                BulkColumns.EventValues(values, snapshotId, n, rows.Events[n]);
                await WriteRowAsync(copy, values, BulkColumns.Events, ct);
                if (++written % ProgressEvery == 0)
                {
                    progress?.Report(written);
                }
            }

            await copy.CompleteAsync(ct);
        }

        progress?.Report(written);
    }

    public async Task<IEventSink> OpenEventsAsync(DbConnection connection, DbTransaction transaction, long snapshotId, CancellationToken ct) =>
        new EventSink(await ((NpgsqlConnection)connection).BeginBinaryImportAsync(BulkColumns.Copy(BulkColumns.EventsTable, BulkColumns.Events), ct), snapshotId);

    private sealed class EventSink(NpgsqlBinaryImporter copy, long snapshotId) : IEventSink
    {
        private readonly object?[] _values = new object?[BulkColumns.Events.Length];

        public long Count { get; private set; }

        public async ValueTask WriteAsync(Core.History.ItemEvent e, CancellationToken ct)
        {
            BulkColumns.EventValues(_values, snapshotId, checked((int)Count), e);
            await WriteRowAsync(copy, _values, BulkColumns.Events, ct);
            Count++;
        }

        public async ValueTask CompleteAsync(CancellationToken ct) => await copy.CompleteAsync(ct);

        public ValueTask DisposeAsync() => copy.DisposeAsync();
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter copy, object?[] values, (string Name, NpgsqlDbType Type)[] columns, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        for (var n = 0; n < values.Length; n++)
        {
            if (values[n] is null)
            {
                await copy.WriteNullAsync(ct);
            }
            else
            {
                await copy.WriteAsync(values[n], columns[n].Type, ct);
            }
        }
    }
}
