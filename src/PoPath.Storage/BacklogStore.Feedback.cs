using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PoPath.Core.Insights;
using PoPath.Core.Model;
using PoPath.Core.Storage;
using PoPath.Storage.Schema;

namespace PoPath.Storage;

public sealed partial class BacklogStore
{
    public async Task<FeedbackSetInfo> ImportFeedbackAsync(string workspace, string source, IReadOnlyList<FeedbackEntry> entries, int warnings = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        if (workspace.Length > 200)
        {
            throw new StoreException(StoreError.UnknownWorkspace, "a workspace name has at most 200 characters.");
        }

        if (entries.Count == 0)
        {
            throw new StoreException(StoreError.FailedImport, $"{source}: no feedback entries to import; nothing was written.");
        }

        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StoreException(StoreError.FailedImport, $"{source}: entry id \"{duplicate.Key}\" appears {duplicate.Count()} times; nothing was written.");
        }

        EnsureWritable();
        // One transaction: a kill or an error before COMMIT leaves no set behind.
        return await InWriteTransactionAsync(workspace, "feedback_sets", async w =>
        {
            var setId = Convert.ToInt64(await ScalarAsync(w.Connection, w.Transaction,
                "INSERT INTO feedback_sets (workspace_id, number, source, imported_at, entry_count, warning_count) VALUES (@w, @n, @s, @at, @c, @wc) RETURNING id",
                cancellationToken, ("@w", w.WorkspaceId), ("@n", w.Number), ("@s", source), ("@at", w.Now), ("@c", entries.Count), ("@wc", warnings)), CultureInfo.InvariantCulture);
            await WriteEntriesAsync(w.Connection, w.Transaction, setId, entries, cancellationToken);
            return new FeedbackSetInfo(workspace, w.Number, source, w.Now, entries.Count, warnings);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackSetInfo>> ListFeedbackSetsAsync(string workspace, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var w = await FindWorkspaceAsync(db, workspace, cancellationToken);
        var rows = await db.FeedbackSets.AsNoTracking().Where(s => s.WorkspaceId == w.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        return rows.Select(s => Info(w.Name, s)).ToList();
    });

    public async Task<StoredFeedback> LoadFeedbackAsync(string workspace, int? number = null, CancellationToken cancellationToken = default) => await Guard(async () =>
    {
        await using var db = NewContext();
        var w = await FindWorkspaceAsync(db, workspace, cancellationToken);
        var query = db.FeedbackSets.AsNoTracking().Where(s => s.WorkspaceId == w.Id);
        var set = number is { } n
            ? await query.FirstOrDefaultAsync(x => x.Number == n, cancellationToken)
            : await query.OrderByDescending(x => x.Number).FirstOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            throw new StoreException(StoreError.UnknownSnapshot, number is { } m
                ? $"workspace '{workspace}' has no feedback set {m}."
                : $"workspace '{workspace}' has no feedback yet (run 'popath feedback import <file> --workspace {workspace}').");
        }

        var rows = await db.FeedbackEntries.AsNoTracking().Where(e => e.SetId == set.Id).OrderBy(e => e.Ordinal).ToListAsync(cancellationToken);
        return new StoredFeedback(Info(w.Name, set), [.. rows.Select(ToEntry)]);
    });

    private static FeedbackSetInfo Info(string workspace, FeedbackSetRow s) =>
        new(workspace, s.Number, s.Source, s.ImportedAt, s.EntryCount, s.WarningCount);

    private static FeedbackEntry ToEntry(FeedbackEntryRow r) => new()
    {
        Id = r.EntryId,
        Text = r.Text,
        Source = r.Source,
        Date = r.Date is null ? null : DateTimeOffset.Parse(r.Date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Customer = r.Customer,
        Segment = r.Segment,
        Location = r.SourceFile is null ? null : new SourceLocation(r.SourceFile, r.SourceLine, Path: r.SourcePath),
    };

    /// <summary>One prepared INSERT reused for every entry (parameters only: feedback text never becomes SQL).</summary>
    private static async Task WriteEntriesAsync(DbConnection c, DbTransaction t, long setId, IReadOnlyList<FeedbackEntry> entries, CancellationToken ct)
    {
        await using var cmd = SchemaMigrator.Command(c, t,
            "INSERT INTO feedback_entries (set_id, ordinal, entry_id, text, source, date, customer, segment, source_file, source_line, source_path) " +
            "VALUES (@s, @o, @id, @x, @src, @d, @cu, @sg, @sf, @sl, @sp)");
        string[] names = ["@s", "@o", "@id", "@x", "@src", "@d", "@cu", "@sg", "@sf", "@sl", "@sp"];
        var ps = names.Select(n =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = n;
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        ps[0].DbType = System.Data.DbType.Int64;
        ps[1].DbType = System.Data.DbType.Int32;
        ps[9].DbType = System.Data.DbType.Int32;
        foreach (var i in new[] { 2, 3, 4, 5, 6, 7, 8, 10 })
        {
            ps[i].DbType = System.Data.DbType.String;
        }

        await cmd.PrepareAsync(ct);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            ps[0].Value = setId;
            ps[1].Value = i;
            ps[2].Value = e.Id;
            ps[3].Value = (object?)e.Text ?? DBNull.Value;
            ps[4].Value = (object?)e.Source ?? DBNull.Value;
            ps[5].Value = e.Date is { } d ? d.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;
            ps[6].Value = (object?)e.Customer ?? DBNull.Value;
            ps[7].Value = (object?)e.Segment ?? DBNull.Value;
            ps[8].Value = (object?)e.Location?.File ?? DBNull.Value;
            ps[9].Value = (object?)e.Location?.Line ?? DBNull.Value;
            ps[10].Value = (object?)e.Location?.Path ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
