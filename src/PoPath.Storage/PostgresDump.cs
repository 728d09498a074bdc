using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using PoPath.Core.Storage;

namespace PoPath.Storage;

/// <summary>Backs up a PostgreSQL database with <c>pg_dump</c> (custom format, restorable with <c>pg_restore</c>).</summary>
/// <remarks>
/// Why a child process: a consistent, restorable dump of a PostgreSQL database is what <c>pg_dump</c> is for, and no
/// .NET library reproduces it. The connection settings go in separate arguments (no shell, nothing parsed from text)
/// and the password only in the child's <c>PGPASSWORD</c>, so it is never on a command line or in a message.
/// <c>POPATH_PG_DUMP</c> names another <c>pg_dump</c> (e.g. one matching a newer server's version).
/// </remarks>
internal static class PostgresDump
{
    public static async Task<string> RunAsync(string connectionString, string location, string? destination, TimeProvider clock, CancellationToken ct)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        destination = Path.GetFullPath(destination ?? $"popath-{settings.Database ?? "postgres"}-{stamp}.dump");
        var folder = Path.GetDirectoryName(destination);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("POPATH_PG_DUMP") is { Length: > 0 } custom ? custom : "pg_dump")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--format=custom", "--no-password", "--file", destination })
        {
            start.ArgumentList.Add(arg);
        }

        Add(start, "--host", settings.Host?.Split(',')[0]);
        Add(start, "--port", settings.Port.ToString(CultureInfo.InvariantCulture));
        Add(start, "--username", settings.Username);
        Add(start, "--dbname", settings.Database);
        if (!string.IsNullOrEmpty(settings.Password))
        {
            start.Environment["PGPASSWORD"] = settings.Password;
        }

        start.Environment["PGSSLMODE"] = settings.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            throw new StoreException(StoreError.NotSupported,
                $"{location}: pg_dump was not found; install the PostgreSQL client tools (Debian: postgresql-client) or set POPATH_PG_DUMP to its path.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                TryDelete(destination);
                throw;
            }

            if (process.ExitCode != 0)
            {
                TryDelete(destination);
                var message = (await error).Trim().ReplaceLineEndings(" ");
                throw new StoreException(StoreError.Database, $"{location}: pg_dump failed ({process.ExitCode}): {(message.Length > 500 ? message[..500] + "…" : message)}");
            }
        }

        return destination;
    }

    private static void Add(ProcessStartInfo start, string option, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.ArgumentList.Add(option);
            start.ArgumentList.Add(value);
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
    }
}
