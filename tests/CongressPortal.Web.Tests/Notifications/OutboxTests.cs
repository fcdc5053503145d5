using CongressPortal.Domain.Common;
using CongressPortal.Web.Notifications;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Notifications;

/// <summary>
/// E-mail through a real SMTP listener in the test process: written with the notification, sent once, retried with
/// back-off, a sender stopped after claiming loses nothing and sends nothing twice, and of two app nodes one sends.
/// </summary>
public sealed class OutboxTests(PortalAppFactory app) : NotificationTest(app)
{
    /// <summary>A suggestion whose reply is overdue, and <paramref name="unitUsers"/> accounts of its unit with addresses.</summary>
    private async Task<int> OverdueWithUnitUsersAsync(int unitUsers)
    {
        var world = await Data.SuggestionWorldAsync();
        var s = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(s.Id, world.Unit.Id);
        for (var i = 0; i < unitUsers; i++)
            await UserWithEmailAsync($"unit-{i}", PortalRole.HandlingUnit, unitId: world.Unit.Id, email: $"unit{i}@zjj.example.gov.cn");
        await UserWithEmailAsync("unit-no-mail", PortalRole.HandlingUnit, unitId: world.Unit.Id);
        App.Clock.Set(Beijing(2026, 6, 3));
        return s.Id;
    }

    [Fact]
    public async Task With_SMTP_each_notification_with_an_address_is_mailed_once_with_its_Message_Id()
    {
        await using var smtp = new SmtpListener();
        await OverdueWithUnitUsersAsync(2);

        await ScanAsync(Smtp(smtp.Port));
        await ScanAsync(Smtp(smtp.Port));
        var outbox = await OutboxAsync();
        outbox.Should().HaveCount(2, "one per unit account with an address; the job ran twice");
        (await DbAsync(db => db.Notifications.CountAsync())).Should().Be(3, "the account without an address is notified in the app");

        var (scope, sender) = Sender(Smtp(smtp.Port));
        await using (scope) (await sender.SendDueAsync(default)).Should().Be(2);
        var (again, second) = Sender(Smtp(smtp.Port));
        await using (again) (await second.SendDueAsync(default)).Should().Be(0);

        smtp.Received.Should().HaveCount(2);
        smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Should().BeEquivalentTo("unit0@zjj.example.gov.cn", "unit1@zjj.example.gov.cn");
        smtp.Received.Select(m => m.MessageId).Should().BeEquivalentTo(outbox.Select(m => m.MessageId));
        smtp.Received.First().Subject.Should().Contain("答复已逾期");
        smtp.Received.First().TextBody.Should().Contain("请尽快答复");
        (await OutboxAsync()).Should().OnlyContain(m => m.SentAt != null && m.Attempts == 1);
    }

    [Fact]
    public async Task A_failed_send_is_retried_with_back_off()
    {
        await using var smtp = new SmtpListener();
        await OverdueWithUnitUsersAsync(1);
        await ScanAsync(Smtp(smtp.Port));

        var closedPort = Smtp(1); // nothing listens there
        var (scope, sender) = Sender(closedPort);
        await using (scope) (await sender.SendDueAsync(default)).Should().Be(0);
        var failed = (await OutboxAsync()).Single();
        failed.SentAt.Should().BeNull();
        failed.Attempts.Should().Be(1);
        failed.LastError.Should().NotBeNullOrEmpty();
        failed.NextAttemptAt.Should().Be(App.Clock.GetUtcNow().AddMinutes(1));

        var (early, tooSoon) = Sender(Smtp(smtp.Port));
        await using (early) (await tooSoon.SendDueAsync(default)).Should().Be(0, "the next attempt is not due yet");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var (later, retry) = Sender(Smtp(smtp.Port));
        await using (later) (await retry.SendDueAsync(default)).Should().Be(1);
        smtp.Received.Should().ContainSingle();
    }

    [Fact]
    public async Task A_sender_stopped_after_claiming_loses_nothing_and_the_next_sends_each_message_once()
    {
        await using var smtp = new SmtpListener();
        await OverdueWithUnitUsersAsync(3);
        await ScanAsync(Smtp(smtp.Port));

        using (var stop = new CancellationTokenSource())
        {
            var (scope, sender) = Sender(Smtp(smtp.Port));
            await using (scope)
            {
                var claimed = 0;
                sender.AfterClaim = async (_, ct) =>
                {
                    // The node goes down with a row claimed and before it is sent.
                    if (++claimed == 2) await stop.CancelAsync();
                    ct.ThrowIfCancellationRequested();
                };
                await sender.Invoking(s => s.SendDueAsync(stop.Token)).Should().ThrowAsync<OperationCanceledException>();
            }
        }
        smtp.Received.Should().HaveCount(1, "the first was sent before the stop");
        (await OutboxAsync()).Count(m => m.SentAt == null).Should().Be(2, "the claimed row went back to the queue");

        var (restart, next) = Sender(Smtp(smtp.Port));
        await using (restart) (await next.SendDueAsync(default)).Should().Be(2);

        smtp.Received.Should().HaveCount(3);
        smtp.Received.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        (await OutboxAsync()).Should().OnlyContain(m => m.SentAt != null);
    }

    [Fact]
    public async Task Of_two_app_nodes_one_holds_the_lock_and_every_message_is_sent_once()
    {
        await using var smtp = new SmtpListener();
        var suggestionId = await OverdueWithUnitUsersAsync(4);

        WebApplicationFactoryNode Node() => new(App.WithWebHostBuilder(b =>
        {
            b.UseSetting("Notifications:RunWorker", "true");
            b.UseSetting("Notifications:SendEvery", "00:00:00.200");
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:Security", "None");
            b.UseSetting("Smtp:From", "portal@rd.example.gov.cn");
        }));
        await using var a = Node();
        await using var b = Node();
        a.Start();
        b.Start();

        await smtp.WaitForAsync(4, TimeSpan.FromSeconds(30));
        await Task.Delay(1500); // time for a second send, if anything were to send twice

        smtp.Received.Should().HaveCount(4);
        smtp.Received.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        new[] { a.Worker.IsLeader, b.Worker.IsLeader }.Count(l => l).Should().Be(1, "the advisory lock lets one node work");
        (await DbAsync(db => db.Reminders.CountAsync(r => r.SuggestionId == suggestionId))).Should().Be(2, "the unit's and staff's overdue reminders, once");
    }

    /// <summary>A second host over the same database, as another app node.</summary>
    private sealed class WebApplicationFactoryNode(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) : IAsyncDisposable
    {
        public NotificationWorker Worker => factory.Services.GetRequiredService<NotificationWorker>();

        public void Start() => _ = factory.Server;

        public ValueTask DisposeAsync() => factory.DisposeAsync();
    }
}
