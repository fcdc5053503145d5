using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Notifications;

/// <summary>Who a reminder is for: a unit's accounts, a deputy's account, or every staff account.</summary>
public sealed record Audience(string Role, int? UnitId = null, int? DeputyId = null)
{
    public static Audience Unit(int unitId) => new(PortalRole.HandlingUnit, UnitId: unitId);

    public static Audience Deputy(int deputyId) => new(PortalRole.Deputy, DeputyId: deputyId);

    public static Audience Staff { get; } = new(PortalRole.Staff);
}

/// <summary>
/// Writes a reminder, one notification per person it reaches and, where SMTP is configured, one outbox e-mail per person
/// with an address — all added to the caller's context, so they are saved in the caller's SaveChanges (one transaction,
/// with the suggestion's timeline event). Disabled accounts are not notified.
/// </summary>
public sealed class Notifier(AppDbContext db, IOptions<SmtpOptions> smtp, IOptions<Infrastructure.PortalOptions>? portal = null)
{
    /// <summary>Where the e-mail sends the reader: the messages page on the configured public host (never a request's Host).</summary>
    private string Where => portal?.Value.BaseUri is { } site
        ? $"请登录人大门户（{site.GetLeftPart(UriPartial.Authority)}/Notifications），在“消息”中查看详情。"
        : "请登录人大门户，在“消息”中查看详情。";

    public async Task<Reminder> AddAsync(Reminder reminder, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(audience);
        db.Reminders.Add(reminder);
        var people = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        people = audience.Role switch
        {
            PortalRole.HandlingUnit => people.Where(u => u.HandlingUnitId == audience.UnitId),
            PortalRole.Deputy => people.Where(u => u.DeputyId == audience.DeputyId),
            _ => people.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == audience.Role))),
        };
        var recipients = await people.Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var mail = smtp.Value;
        foreach (var person in recipients)
        {
            var notification = new Notification(person.Id, audience.Role, reminder);
            db.Notifications.Add(notification);
            if (!mail.IsConfigured || string.IsNullOrWhiteSpace(person.Email)) continue;
            db.OutboxMessages.Add(new OutboxMessage(notification, person.Email, person.DisplayName, $"【人大门户】{reminder.Title}",
                $"{person.DisplayName}：\n\n{reminder.Body}\n\n{Where}本邮件由系统自动发送，请勿回复。",
                MessageId(mail), reminder.CreatedAt));
        }
        return reminder;
    }

    private static string MessageId(SmtpOptions mail)
    {
        var domain = mail.MessageIdDomain is { Length: > 0 } d ? d : mail.From.Split('@') is [_, var host] ? host : "congress-portal.local";
        return $"{Guid.NewGuid():N}@{domain}";
    }
}
