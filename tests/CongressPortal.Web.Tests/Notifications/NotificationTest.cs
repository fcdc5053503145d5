using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Notifications;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Tests.Notifications;

/// <summary>Steps shared by the reminder and e-mail tests: people to notify, the scan and the sender with or without SMTP.</summary>
public abstract class NotificationTest(PortalAppFactory app) : WebTest(app)
{
    protected static SmtpOptions Smtp(int port) => new() { Host = "127.0.0.1", Port = port, Security = "None", From = "portal@rd.example.gov.cn" };

    protected static DateTimeOffset Beijing(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Runs the reminder scan once, in a scope of its own, with <paramref name="smtp"/> (none: in-app only).</summary>
    protected async Task<int> ScanAsync(SmtpOptions? smtp = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var scan = new ReminderScan(db, new Notifier(db, Options.Create(smtp ?? new SmtpOptions())), sp.GetRequiredService<SuggestionRulesProvider>(),
            sp.GetRequiredService<TimeProvider>(), Options.Create(new NotificationOptions()), NullLogger<ReminderScan>.Instance);
        return await scan.RunAsync(CancellationToken.None);
    }

    /// <summary>An outbox sender in a scope of its own; dispose the scope after use.</summary>
    protected (AsyncServiceScope Scope, OutboxSender Sender) Sender(SmtpOptions smtp)
    {
        var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var sender = new OutboxSender(sp.GetRequiredService<AppDbContext>(), Options.Create(smtp), Options.Create(new NotificationOptions()),
            sp.GetRequiredService<TimeProvider>(), NullLogger<OutboxSender>.Instance);
        return (scope, sender);
    }

    protected async Task<string> UserWithEmailAsync(string userName, string role, int? deputyId = null, int? unitId = null, string? email = null)
    {
        var user = await CreateUserAsync(userName, [role], deputyId, unitId, displayName: userName);
        if (email is not null)
        {
            await DbAsync(async db =>
            {
                var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
                stored.Email = email;
                await db.SaveChangesAsync();
            });
        }
        return user.Id;
    }

    protected Task<List<Notification>> NotificationsOfAsync(string userId) =>
        DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId).OrderBy(n => n.Id).ToListAsync());

    protected Task<List<OutboxMessage>> OutboxAsync() => DbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    protected static Actor Unit(int unitId) => Actor.Unit(unitId, "测试承办人");
}
