using PoPath.Core.Storage;
using PoPath.Storage;

namespace PoPath.Cli.Storage;

/// <summary>Opens the store for a command and maps storage failures to the exit codes and one clear stderr line.</summary>
internal static class StoreRunner
{
    public static async Task<int> RunAsync(CliEnvironment env, string? db, Func<BacklogStore, Task<int>> action, CancellationToken ct)
    {
        try
        {
            var target = StoreTarget.Resolve(db);
            await using var store = await BacklogStore.OpenAsync(target, cancellationToken: ct);
            if (store.AutomaticBackup is { } backup)
            {
                env.Error.WriteLine($"popath: backed up the database to {backup} before updating its schema.");
            }

            return await action(store);
        }
        catch (StoreException e)
        {
            env.Error.WriteLine($"popath: {e.Message}");
            return ExitCode(e.Error);
        }
    }

    public static int ExitCode(StoreError error) => error switch
    {
        StoreError.NotSupported => ExitCodes.Usage,
        _ => ExitCodes.Input,
    };
}
