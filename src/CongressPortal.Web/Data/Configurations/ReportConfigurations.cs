using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class WorkReportConfiguration : IEntityTypeConfiguration<WorkReport>
{
    public void Configure(EntityTypeBuilder<WorkReport> builder)
    {
        builder.ToTable("work_reports");
        builder.HasIndex(r => r.Year).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(100);
        builder.Property(r => r.SpeakerName).HasMaxLength(30);
        builder.Property(r => r.SpeakerTitle).HasMaxLength(60);
        // text, not jsonb: jsonb rewrites the JSON, and the draft is compared byte for byte with the published version.
        builder.Property(r => r.DraftJson).HasColumnType("text");
        builder.Property(r => r.ImportNotice).HasMaxLength(200);
        builder.Property(r => r.UnpublishReason).HasMaxLength(500);
        builder.HasOne<CongressSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.LatestVersion);
        builder.Ignore(r => r.HasUnpublishedChanges);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.WorkReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.WorkReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Figures).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class WorkReportVersionConfiguration : IEntityTypeConfiguration<WorkReportVersion>
{
    public void Configure(EntityTypeBuilder<WorkReportVersion> builder)
    {
        builder.ToTable("work_report_versions");
        builder.HasIndex(v => new { v.WorkReportId, v.Number }).IsUnique();
        builder.Property(v => v.BlocksJson).HasColumnType("text");
        builder.Property(v => v.CorrectionNote).HasMaxLength(500);
        builder.Property(v => v.PublishedByUserId).HasMaxLength(450);
    }
}

internal sealed class KeyFigureConfiguration : IEntityTypeConfiguration<KeyFigure>
{
    public void Configure(EntityTypeBuilder<KeyFigure> builder)
    {
        builder.ToTable("work_report_figures");
        builder.Property(f => f.Label).HasMaxLength(60);
        builder.Property(f => f.Value).HasPrecision(14, 2);
        builder.Property(f => f.Unit).HasMaxLength(10);
        builder.Property(f => f.SourceNote).HasMaxLength(200);
        builder.Property(f => f.Anchor).HasMaxLength(40);
        builder.HasIndex(f => new { f.WorkReportId, f.SortOrder });
    }
}
