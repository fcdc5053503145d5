using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Reminders (催办): by staff's hand, and the portal's own, both on the timeline.</summary>
public sealed partial class Suggestion
{
    /// <summary>The name the timeline shows for reminders the portal sends by itself.</summary>
    public const string ReminderActorName = "系统";

    /// <summary>The role recorded for the portal's own reminders.</summary>
    public const string ReminderActorRole = "System";

    /// <summary>催办: staff urge the unit of the part <paramref name="assignmentId"/>, which still owes its reply or opinion.</summary>
    public void Remind(int assignmentId, string message, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOn(SuggestionAction.Remind, assignmentId, actor, now);
        var text = Text.Required(message, "Message", "催办内容", 500);
        MoveTo(assignment, SuggestionAction.Remind, actor, assignment.State);
        MoveTo(SuggestionAction.Remind, actor, Status);
        Record(SuggestionEventKind.Reminded, now, actor, assignment.UnitId, text);
    }

    /// <summary>
    /// Puts a reminder the portal sent by itself on the timeline. It changes nothing a form shows, so it leaves
    /// <see cref="UpdatedAt"/> (and the row version) alone: a nightly reminder must not turn someone's open page stale.
    /// </summary>
    public void RecordReminder(int? unitId, string detail, DateTimeOffset now) =>
        _events.Add(new SuggestionEvent(SuggestionEventKind.ReminderIssued, now.ToUniversalTime(),
            new Actor(ReminderActorRole, ReminderActorName), unitId, Text.Required(detail, "Detail", "提醒内容", 2000)));
}
