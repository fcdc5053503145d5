using CongressPortal.Web.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CongressPortal.Web.Notifications;

/// <summary>
/// Sends what waits in <c>outbox_messages</c>, one message per transaction: claim the row with <c>FOR UPDATE SKIP LOCKED</c>
/// (another sender skips it), send it through SMTP with its own Message-Id, mark it sent, commit. A crash before the commit
/// leaves the row unsent, so it is sent again later: delivery is at least once, and a repeat carries the same Message-Id
/// (docs/workflows/reminders.md). A failure schedules the next attempt with back-off.
/// </summary>
public sealed class OutboxSender(AppDbContext db, IOptions<SmtpOptions> smtp, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    /// <summary>Test hook: runs after a row is claimed and before it is sent (a test stops the sender there).</summary>
    public Func<OutboxMessage, CancellationToken, Task>? AfterClaim { get; set; }

    /// <summary>Sends every message due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var mail = smtp.Value;
        if (!mail.IsConfigured) return 0;
        var sent = 0;
        while (!ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var message = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now} ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .FirstOrDefaultAsync(ct);
            if (message is null) break;
            if (AfterClaim is { } hook) await hook(message, ct);
            try
            {
                await SendAsync(mail, message, ct);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Sending e-mail {MessageId} failed (attempt {Attempt})", message.MessageId, message.Attempts + 1);
                message.MarkFailed(exception.Message, clock.GetUtcNow(), options.Value.MaxSendAttempts);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return sent;
    }

    private static async Task SendAsync(SmtpOptions mail, OutboxMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(new MailboxAddress(mail.FromName, mail.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(mail.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(mail.Host!, mail.Port, security, ct);
        if (!string.IsNullOrEmpty(mail.UserName)) await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", ct);
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
