using System.Data.Common;

namespace PoPath.Storage.Bulk;

/// <summary>Writes a snapshot's rows inside the caller's transaction, as fast as the provider allows.</summary>
internal interface IBulkWriter
{
    Task WriteAsync(DbConnection connection, DbTransaction transaction, long snapshotId, SnapshotRows rows, IProgress<long>? progress, CancellationToken ct);

    /// <summary>Opens a sink for events that arrive one at a time (a history streamed from its reader).</summary>
    Task<IEventSink> OpenEventsAsync(DbConnection connection, DbTransaction transaction, long snapshotId, CancellationToken ct);
}
