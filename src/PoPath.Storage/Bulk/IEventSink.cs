using PoPath.Core.History;

namespace PoPath.Storage.Bulk;

/// <summary>Writes a snapshot's events one by one as a reader yields them, inside the caller's transaction.</summary>
internal interface IEventSink : IAsyncDisposable
{
    /// <summary>Events written so far.</summary>
    long Count { get; }

    ValueTask WriteAsync(ItemEvent e, CancellationToken ct);

    /// <summary>Ends the stream of events (PostgreSQL: completes the COPY); nothing may be written after it.</summary>
    ValueTask CompleteAsync(CancellationToken ct);
}
