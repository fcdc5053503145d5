using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Notifications;

/// <summary>
/// 催办 by hand: staff urge one unit's part of a suggestion. The timeline event (through the domain's
/// <see cref="Domain.Suggestions.Suggestion.Remind"/>), the reminder, the unit's notifications and their e-mails are
/// saved in one SaveChanges, with the row version the staff page showed.
/// </summary>
public sealed class ManualReminders(AppDbContext db, SuggestionStore store, Notifier notifier)
{
    public Task<CommandResult<int>> RemindAsync(int suggestionId, uint version, int assignmentId, string? message, Actor actor, CancellationToken ct) =>
        store.ActAsync(db.Suggestions, suggestionId, version, async (s, _, now) =>
        {
            s.Remind(assignmentId, message ?? "", actor, now);
            var unitId = s.Assignments.First(a => a.Id == assignmentId).UnitId;
            var text = s.Events[^1].Detail ?? "";
            await notifier.AddAsync(new Reminder($"urge:{Guid.NewGuid():N}", NotificationKind.Urged, s.Id, unitId,
                $"催办：建议{s.Number}", $"《{s.Title}》：{text}", now), Audience.Unit(unitId), ct);
        }, null, ct);
}
