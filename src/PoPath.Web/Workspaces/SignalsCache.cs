namespace PoPath.Web.Workspaces;

/// <summary>The manager's signals computed once per stored snapshot, kept for the next view; bounded, least recently used out first.</summary>
/// <remarks>
/// The key is the workspace, the snapshot's row id and the product owner set for the workspace (a change of it, from
/// the CLI too, changes who counts as the product owner in every signal). Snapshots are never updated, so a computed view stays right for its
/// snapshot; a new import (backlog or history, from the web app, a connector or the CLI) becomes the workspace's latest
/// snapshot under a new id, so "latest" misses and is computed afresh. An import through the web app also drops the
/// workspace's older entries (<see cref="Invalidate"/>), so they do not hold memory until they age out.
/// </remarks>
internal sealed class SignalsCache
{
    /// <summary>Entries kept by default: a view holds the signal series of one history, tens of kilobytes.</summary>
    public const int DefaultCapacity = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<Key, LinkedListNode<(Key Key, SignalsService.View View)>> _entries = [];
    private readonly LinkedList<(Key Key, SignalsService.View View)> _order = new();

    public SignalsCache()
        : this(DefaultCapacity)
    {
    }

    public SignalsCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(long workspaceId, long snapshotId, out SignalsService.View view, string? productOwner = null)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(new Key(workspaceId, snapshotId, productOwner), out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                view = node.Value.View;
                return true;
            }
        }

        view = null!;
        return false;
    }

    public void Put(long workspaceId, long snapshotId, SignalsService.View view, string? productOwner = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var key = new Key(workspaceId, snapshotId, productOwner);
        lock (_gate)
        {
            if (_entries.Remove(key, out var old))
            {
                _order.Remove(old);
            }

            _entries[key] = _order.AddFirst((key, view));
            while (_entries.Count > Capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _entries.Remove(last.Value.Key);
            }
        }
    }

    /// <summary>Drops every entry of the workspace (called after an import into it).</summary>
    public void Invalidate(long workspaceId)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Keys.Where(k => k.WorkspaceId == workspaceId).ToList())
            {
                _order.Remove(_entries[key]);
                _entries.Remove(key);
            }
        }
    }

    private readonly record struct Key(long WorkspaceId, long SnapshotId, string? ProductOwner);
}
