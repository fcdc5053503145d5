using CongressPortal.Domain.Common;
using CongressPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>A person's own messages (消息中心): read, counted and marked read only by their recipient.</summary>
public sealed class NotificationStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>How many messages the page lists (unread first, then newest).</summary>
    public const int PageSize = 200;

    public sealed record Item(int Id, NotificationKind Kind, string Title, string Body, int? SuggestionId, string? SuggestionPage, DateTimeOffset CreatedAt, bool IsRead);

    public async Task<IReadOnlyList<Item>> ListAsync(string userId, CancellationToken ct)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(PageSize)
            .Select(n => new { n.Id, n.Kind, n.Title, n.Body, n.SuggestionId, n.Audience, n.CreatedAt, n.ReadAt })
            .ToListAsync(ct);
        return [.. rows.Select(n => new Item(n.Id, n.Kind, n.Title, n.Body, n.SuggestionId, n.SuggestionId is null ? null : SuggestionPage(n.Audience),
            n.CreatedAt, n.ReadAt is not null))];
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) =>
        db.Notifications.AsNoTracking().CountAsync(n => n.RecipientId == userId && n.ReadAt == null, ct);

    /// <summary>Marks one of the user's messages read; false when it is not theirs (the page answers 404).</summary>
    public async Task<bool> MarkReadAsync(string userId, int id, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == userId, ct);
        if (notification is null) return false;
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Marks every unread message of the user read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(string userId, CancellationToken ct)
    {
        var unread = await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var notification in unread) notification.MarkRead(now);
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }

    /// <summary>The suggestion page of the desk the message reached the person in.</summary>
    private static string SuggestionPage(string audience) => audience switch
    {
        PortalRole.HandlingUnit => "/Unit/Suggestions/Details",
        PortalRole.Deputy => "/Deputy/Suggestions/Details",
        _ => "/Staff/Suggestions/Details",
    };
}
