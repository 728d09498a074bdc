namespace PoPath.Core.Storage;

/// <summary>The kinds of <see cref="StoreException"/>.</summary>
public enum StoreError
{
    /// <summary>The database could not be opened, created or written (missing or read-only folder or file, disk full, bad connection string).</summary>
    Database,

    /// <summary>No workspace of that name.</summary>
    UnknownWorkspace,

    /// <summary>No snapshot of that number, or a workspace without snapshots.</summary>
    UnknownSnapshot,

    /// <summary>The backlog did not load; nothing was written.</summary>
    FailedImport,

    /// <summary>The operation is not offered by this provider.</summary>
    NotSupported,
}
