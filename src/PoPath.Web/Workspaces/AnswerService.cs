using Microsoft.EntityFrameworkCore;
using PoPath.Core.Model;
using PoPath.Storage.Schema;

namespace PoPath.Web.Workspaces;

/// <summary>The PO's own answers to an item's questions, kept beside the detected verdicts (never mixed into them).</summary>
internal sealed class AnswerService(PoPathDbContext db, TimeProvider clock)
{
    public const int MaxAnswerLength = 4000;

    public sealed record Answer(Element Element, string Text, string By, DateTimeOffset At);

    public async Task<IReadOnlyDictionary<Element, Answer>> ForItemAsync(WorkspaceRef workspace, string itemId, CancellationToken ct = default)
    {
        var rows = await (from a in db.PoAnswers.AsNoTracking()
                          join u in db.Users.AsNoTracking() on a.UpdatedBy equals u.Id
                          where a.WorkspaceId == workspace.Id && a.ItemId == itemId
                          select new { a.Element, a.Answer, u.DisplayName, a.UpdatedAt }).ToListAsync(ct);
        var map = new Dictionary<Element, Answer>();
        foreach (var r in rows)
        {
            if (ElementNames.TryParse(r.Element, out var e))
            {
                map[e] = new Answer(e, r.Answer, r.DisplayName, r.UpdatedAt);
            }
        }

        return map;
    }

    /// <summary>Saves the answers given (empty text removes an answer); null on success, else what is wrong.</summary>
    public async Task<string?> SaveAsync(WorkspaceRef workspace, string itemId, long userId, IReadOnlyDictionary<Element, string?> answers, CancellationToken ct = default)
    {
        if (answers.Values.Any(a => a is { Length: > MaxAnswerLength }))
        {
            return $"An answer is at most {MaxAnswerLength} characters; nothing was saved.";
        }

        var existing = await db.PoAnswers.Where(a => a.WorkspaceId == workspace.Id && a.ItemId == itemId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var (element, raw) in answers)
        {
            var text = raw?.Trim() ?? "";
            var row = existing.FirstOrDefault(a => a.Element == element.Id());
            if (text.Length == 0)
            {
                if (row is not null)
                {
                    db.PoAnswers.Remove(row);
                }
            }
            else if (row is null)
            {
                db.PoAnswers.Add(new PoAnswerRow { WorkspaceId = workspace.Id, ItemId = itemId, Element = element.Id(), Answer = text, UpdatedBy = userId, UpdatedAt = now });
            }
            else if (row.Answer != text)
            {
                row.Answer = text;
                row.UpdatedBy = userId;
                row.UpdatedAt = now;
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
