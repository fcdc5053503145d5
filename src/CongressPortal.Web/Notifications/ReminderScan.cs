using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Notifications;

/// <summary>
/// Computes the reminders from the records (docs/workflows/reminders.md) and writes those not yet written: each with its
/// timeline event on the suggestion, its notifications and its e-mails in one SaveChanges. Deadlines are the ones the
/// domain keeps on the rows (<see cref="SuggestionAssignment.DueOn"/>, <see cref="SuggestionReply.RatingDueOn"/>,
/// <see cref="SuggestionRules.AssignmentDue"/>); only "how many working days ahead" is counted here, with the same calendar.
/// </summary>
public sealed class ReminderScan(AppDbContext db, Notifier notifier, SuggestionRulesProvider rulesProvider, TimeProvider clock,
    IOptions<NotificationOptions> options, ILogger<ReminderScan> logger)
{
    /// <summary>A reminder to write; <paramref name="RatingReplyId"/> marks a rating reminder and names its reply.</summary>
    private sealed record Candidate(string Key, NotificationKind Kind, int SuggestionId, int? UnitId, Audience Audience, string Title, string Body, int? RatingReplyId = null);

    /// <summary>Writes the reminders due today that were not written before; returns how many it wrote.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(now);
        var rules = await rulesProvider.GetAsync(ct);
        var candidates = new List<Candidate>();
        await AddPartsAsync(candidates, today, rules.Calendar, ct);
        await AddAnswersAsync(candidates, now, ct);
        await AddRatingsAsync(candidates, today, rules.Calendar, ct);
        await AddAwaitingAssignmentAsync(candidates, today, rules, ct);

        var keys = candidates.Select(c => c.Key).ToList();
        var written = (await db.Reminders.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet();
        var count = 0;
        foreach (var candidate in candidates.Where(c => !written.Contains(c.Key)))
        {
            if (await WriteAsync(candidate, now, ct)) count++;
        }
        return count;
    }

    private async Task<bool> WriteAsync(Candidate c, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var detail = $"{AudienceLabel(c.Audience)}：{c.Title}";
        if (c.RatingReplyId is { } replyId)
        {
            // The reply records when its rating reminder went out: from then on, an unrated reply leaves the satisfaction
            // rate once its window has passed (DOMAIN.md §4, S50a).
            var rated = await db.Suggestions.Include(s => s.Assignments).ThenInclude(a => a.Replies).AsSplitQuery().FirstAsync(s => s.Id == c.SuggestionId, ct);
            rated.RecordRatingReminder(replyId, detail, now);
        }
        else
        {
            var suggestion = await db.Suggestions.FirstAsync(s => s.Id == c.SuggestionId, ct);
            suggestion.RecordReminder(c.UnitId, detail, now);
        }
        await notifier.AddAsync(new Reminder(c.Key, c.Kind, c.SuggestionId, c.UnitId, c.Title, c.Body, now), c.Audience, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Written meanwhile by another run: the unique key kept it to one.
            logger.LogInformation("Reminder {Key} was already written", c.Key);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string AudienceLabel(Audience audience) => audience.Role switch
    {
        PortalRole.HandlingUnit => "提醒承办单位",
        PortalRole.Deputy => "提醒代表",
        _ => "提醒工作人员",
    };

    /// <summary>Units' parts still waiting for their reply or opinion: due soon, or late (units and staff).</summary>
    private async Task AddPartsAsync(List<Candidate> into, DateOnly today, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var window = options.Value.DueSoonWorkingDays;
        // Ten working days never span more than about five weeks, even over the Spring Festival.
        var horizon = today.AddDays(window * 3 + 14);
        var parts = await db.Suggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Replied || s.Status == SuggestionStatus.Rehandling)
            .SelectMany(s => s.Assignments.Where(a => a.AwaitsUnit && a.DueOn <= horizon)
                .Select(a => new { SuggestionId = s.Id, s.Number, s.Title, AssignmentId = a.Id, a.UnitId, a.Role, a.DueOn }))
            .ToListAsync(ct);
        var unitNames = await UnitNamesAsync(parts.Select(p => p.UnitId), ct);
        foreach (var p in parts)
        {
            var co = p.Role == AssignmentRole.CoHandling;
            var due = ChinaTime.FormatDate(p.DueOn);
            var stamp = Stamp(p.DueOn);
            if (today > p.DueOn)
            {
                into.Add(co
                    ? new(Key("co-late", p.AssignmentId, stamp), NotificationKind.CoOpinionLate, p.SuggestionId, p.UnitId, Audience.Unit(p.UnitId),
                        $"建议{p.Number}的协办意见已逾期", $"《{p.Title}》的协办意见应于{due}前送主办单位，现已逾期，请尽快送达。")
                    : new(Key("overdue", p.AssignmentId, stamp), NotificationKind.UnitOverdue, p.SuggestionId, p.UnitId, Audience.Unit(p.UnitId),
                        $"建议{p.Number}的答复已逾期", $"《{p.Title}》的答复期限为{due}，现已逾期，请尽快答复。"));
                if (!co)
                {
                    into.Add(new(Key("staff-overdue", p.AssignmentId, stamp), NotificationKind.UnitOverdueForStaff, p.SuggestionId, p.UnitId, Audience.Staff,
                        $"建议{p.Number}：{unitNames.GetValueOrDefault(p.UnitId)}答复逾期", $"《{p.Title}》的答复期限为{due}，{unitNames.GetValueOrDefault(p.UnitId)}尚未答复，可在建议详情页催办。"));
                }
            }
            else if (calendar.WorkingDaysBetween(today, p.DueOn) <= window)
            {
                into.Add(co
                    ? new(Key("co-due", p.AssignmentId, stamp), NotificationKind.CoOpinionDueSoon, p.SuggestionId, p.UnitId, Audience.Unit(p.UnitId),
                        $"建议{p.Number}的协办意见将于{due}到期", $"《{p.Title}》的协办意见请于{due}前送主办单位。")
                    : new(Key("due", p.AssignmentId, stamp), NotificationKind.UnitDueSoon, p.SuggestionId, p.UnitId, Audience.Unit(p.UnitId),
                        $"建议{p.Number}将于{due}到期", $"《{p.Title}》的答复期限为{due}，请按期答复。"));
            }
        }
    }

    /// <summary>Staff answered a unit's request to return a suggestion or to extend its deadline (the last two weeks' events).</summary>
    private async Task AddAnswersAsync(List<Candidate> into, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-14);
        SuggestionEventKind[] kinds = [SuggestionEventKind.ReturnApproved, SuggestionEventKind.ReturnRefused, SuggestionEventKind.ExtensionApproved, SuggestionEventKind.ExtensionRefused];
        var answers = await db.Suggestions.AsNoTracking()
            .SelectMany(s => s.Events.Where(e => e.At >= since && e.UnitId != null && kinds.Contains(e.Kind))
                .Select(e => new { SuggestionId = s.Id, s.Number, s.Title, EventId = e.Id, e.Kind, UnitId = e.UnitId!.Value, e.Detail }))
            .ToListAsync(ct);
        foreach (var a in answers)
        {
            var (kind, what) = a.Kind switch
            {
                SuggestionEventKind.ReturnApproved => (NotificationKind.ReturnAnswered, "退回申请已同意"),
                SuggestionEventKind.ReturnRefused => (NotificationKind.ReturnAnswered, "退回申请未同意"),
                SuggestionEventKind.ExtensionApproved => (NotificationKind.ExtensionAnswered, "延期申请已同意"),
                _ => (NotificationKind.ExtensionAnswered, "延期申请未同意"),
            };
            into.Add(new(Key("answered", a.EventId, ""), kind, a.SuggestionId, a.UnitId, Audience.Unit(a.UnitId),
                $"建议{a.Number}的{what}", string.IsNullOrWhiteSpace(a.Detail) ? $"《{a.Title}》：{what}。" : $"《{a.Title}》：{what}。{a.Detail}"));
        }
    }

    /// <summary>Replies the lead deputy has not rated while the window is open: one message when it arrives, one reminder before the window ends.</summary>
    private async Task AddRatingsAsync(List<Candidate> into, DateOnly today, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var replies = await db.Suggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Replied || s.Status == SuggestionStatus.Rehandling)
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Where(a => a.State == AssignmentState.Replied)
                .SelectMany(a => a.Replies.Where(r => r.Round == a.Round && r.Rating == null && r.RatingDueOn >= today)
                    .Select(r => new { SuggestionId = s.Id, s.Number, s.Title, s.LeadDeputyId, ReplyId = r.Id, r.RatingDueOn, a.UnitId })))
            .ToListAsync(ct);
        var unitNames = await UnitNamesAsync(replies.Select(r => r.UnitId), ct);
        foreach (var r in replies)
        {
            var due = ChinaTime.FormatDate(r.RatingDueOn);
            into.Add(new(Key("rate", r.ReplyId, ""), NotificationKind.ReplyToRate, r.SuggestionId, r.UnitId, Audience.Deputy(r.LeadDeputyId),
                $"建议{r.Number}已答复，请评价", $"{unitNames.GetValueOrDefault(r.UnitId)}已答复您领衔的《{r.Title}》，请于{due}前评价。"));
            if (calendar.WorkingDaysBetween(today, r.RatingDueOn) <= options.Value.RatingReminderWorkingDays)
            {
                into.Add(new(Key(RatingReminderPrefix, r.ReplyId, ""), NotificationKind.RatingReminder, r.SuggestionId, r.UnitId, Audience.Deputy(r.LeadDeputyId),
                    $"请于{due}前评价建议{r.Number}的答复", $"《{r.Title}》的评价期限为{due}。逾期未评价的，该件不计入满意率。", r.ReplyId));
            }
        }
    }

    /// <summary>Between-session suggestions accepted and not assigned within the working days the settings allow.</summary>
    private async Task AddAwaitingAssignmentAsync(List<Candidate> into, DateOnly today, SuggestionRules rules, CancellationToken ct)
    {
        var waiting = await db.Suggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Accepted && s.Source == SuggestionSource.BetweenSessions)
            .Select(s => new { s.Id, s.Number, s.Title, s.ReceivedOn })
            .ToListAsync(ct);
        foreach (var s in waiting)
        {
            var due = rules.AssignmentDue(s.ReceivedOn);
            if (today <= due) continue;
            into.Add(new(Key("assign", s.Id, Stamp(due)), NotificationKind.AwaitingAssignment, s.Id, null, Audience.Staff,
                $"建议{s.Number}待交办已超过{rules.Settings.AssignWithinWorkingDays}个工作日",
                $"《{s.Title}》于{ChinaTime.FormatDate(s.ReceivedOn)}收到，应于{ChinaTime.FormatDate(due)}前交办。"));
        }
    }

    /// <summary>The key prefix of rating reminders: the satisfaction figures look for them (DOMAIN.md §4).</summary>
    public const string RatingReminderPrefix = "rating-reminder";

    private static string Key(string prefix, int id, string stamp) => stamp.Length == 0 ? $"{prefix}:{id}" : $"{prefix}:{id}:{stamp}";

    private static string Stamp(DateOnly date) => date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Dictionary<int, string>> UnitNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.HandlingUnits.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }
}
