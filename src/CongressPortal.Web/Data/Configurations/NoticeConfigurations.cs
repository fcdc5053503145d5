using CongressPortal.Domain.Common;
using CongressPortal.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.Property(n => n.Title).HasMaxLength(Notice.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notice.BodyMaxLength);
        builder.Property(n => n.State).HasMaxLength(20);
        builder.Property(n => n.CreatedBy).HasMaxLength(100);
        builder.Property(n => n.UpdatedBy).HasMaxLength(100);
        builder.Property(n => n.PublishedBy).HasMaxLength(100);
        builder.Property(n => n.WithdrawnBy).HasMaxLength(100);
        builder.Property(n => n.WithdrawReason).HasMaxLength(Notice.ReasonMaxLength);
        // The public list, the feed and the home page read the published notices newest first.
        builder.HasIndex(n => new { n.State, n.PublishedAt });
        builder.HasMany(n => n.Attachments).WithOne().HasForeignKey(a => a.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(n => n.Version).IsRowVersion();
    }
}

internal sealed class NoticeAttachmentConfiguration : IEntityTypeConfiguration<NoticeAttachment>
{
    public void Configure(EntityTypeBuilder<NoticeAttachment> builder)
    {
        builder.ToTable("notice_attachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
