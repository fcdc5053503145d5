using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Notifications;

/// <summary>
/// 消息中心: every signed-in user's own messages (reminders, 催办), unread first; one or all marked read. Another
/// person's message answers 404.
/// </summary>
public sealed class IndexModel(NotificationStore store) : PageModel
{
    public IReadOnlyList<NotificationStore.Item> Items { get; private set; } = [];

    public int Unread => Items.Count(i => !i.IsRead);

    public async Task OnGetAsync(CancellationToken ct) => Items = await store.ListAsync(User.GetUserId(), ct);

    public async Task<IActionResult> OnPostReadAsync(int id, CancellationToken ct)
    {
        if (!await store.MarkReadAsync(User.GetUserId(), id, ct)) return NotFound();
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await store.MarkAllReadAsync(User.GetUserId(), ct);
        TempData["StatusMessage"] = count == 0 ? "没有未读消息。" : $"已将 {count} 条消息标为已读。";
        return RedirectToPage();
    }
}
