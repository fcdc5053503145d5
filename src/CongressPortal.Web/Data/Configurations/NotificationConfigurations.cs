using CongressPortal.Web.Identity;
using CongressPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(120);
        // Written once: a job run twice (or on two nodes) cannot add the same reminder again.
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Body).HasMaxLength(2000);
        builder.HasIndex(r => new { r.SuggestionId, r.Kind });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientId).HasMaxLength(450);
        builder.Property(n => n.Audience).HasMaxLength(40);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Reminder).WithMany().HasForeignKey(n => n.ReminderId).OnDelete(DeleteBehavior.Cascade);
        // One message per person and reminder; the list reads a person's messages, unread first.
        builder.HasIndex(n => new { n.RecipientId, n.ReminderId }).IsUnique();
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt, n.Id });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(256).IsSensitive();
        builder.Property(m => m.ToName).HasMaxLength(100);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasOne(m => m.Notification).WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Cascade);
        // The sender's queue: what is neither sent nor given up, by when it is due.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND failed_at IS NULL");
    }
}
