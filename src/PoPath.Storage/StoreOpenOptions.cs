namespace PoPath.Storage;

/// <summary>How <see cref="BacklogStore.OpenAsync"/> opens a store.</summary>
public sealed record StoreOpenOptions
{
    public static StoreOpenOptions Default { get; } = new();

    /// <summary>Apply pending schema versions on open (after a backup copy of an existing SQLite file). On by default.</summary>
    public bool Migrate { get; init; } = true;

    /// <summary>The clock for import and migration times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
