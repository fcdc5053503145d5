using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class LiaisonStationConfiguration : IEntityTypeConfiguration<LiaisonStation>
{
    public void Configure(EntityTypeBuilder<LiaisonStation> builder)
    {
        builder.ToTable("stations");
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.OpeningHours).HasMaxLength(100);
        builder.Property(s => s.ContactPhone).HasMaxLength(30);
        builder.Property(s => s.LiaisonOfficer).HasMaxLength(50);
        builder.Property(s => s.LiaisonOfficerPhone).HasMaxLength(30);
        builder.Property(s => s.Introduction).HasMaxLength(2000);
        builder.HasOne<AdministrativeArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.CurrentMembers);
        builder.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.StationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class StationMemberConfiguration : IEntityTypeConfiguration<StationMember>
{
    public void Configure(EntityTypeBuilder<StationMember> builder)
    {
        builder.ToTable("station_members");
        builder.Ignore(m => m.IsCurrent);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(m => m.DeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.DeputyId);
    }
}

internal sealed class ReceptionScheduleConfiguration : IEntityTypeConfiguration<ReceptionSchedule>
{
    public void Configure(EntityTypeBuilder<ReceptionSchedule> builder)
    {
        builder.HasOne<LiaisonStation>().WithMany().HasForeignKey(s => s.StationId).OnDelete(DeleteBehavior.Cascade);
        // The rotation is an ordered list of deputy ids: a PostgreSQL integer[].
        builder.PrimitiveCollection<List<int>>("_rotation").HasColumnName("rotation");
        builder.Ignore(s => s.Rotation);
        builder.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class ReceptionConfiguration : IEntityTypeConfiguration<Reception>
{
    public void Configure(EntityTypeBuilder<Reception> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(1000);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(450);
        builder.HasOne<LiaisonStation>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Deputies).WithOne().HasForeignKey(d => d.ReceptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Visitors).WithOne().HasForeignKey(v => v.ReceptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Issues).WithOne().HasForeignKey(i => i.ReceptionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Deputies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Visitors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Issues).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.StationId, r.Date });
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class ReceptionDeputyConfiguration : IEntityTypeConfiguration<ReceptionDeputy>
{
    public void Configure(EntityTypeBuilder<ReceptionDeputy> builder)
    {
        builder.ToTable("reception_deputies");
        builder.HasKey(d => new { d.ReceptionId, d.DeputyId });
        builder.HasOne<Deputy>().WithMany().HasForeignKey(d => d.DeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.DeputyId);
    }
}

internal sealed class ReceptionVisitorConfiguration : IEntityTypeConfiguration<ReceptionVisitor>
{
    public void Configure(EntityTypeBuilder<ReceptionVisitor> builder)
    {
        builder.ToTable("reception_visitors");
        builder.Property(v => v.Name).HasMaxLength(50).IsSensitive();
        builder.Property(v => v.Contact).HasMaxLength(50).IsSensitive();
    }
}

internal sealed class ReceptionIssueConfiguration : IEntityTypeConfiguration<ReceptionIssue>
{
    public void Configure(EntityTypeBuilder<ReceptionIssue> builder)
    {
        builder.ToTable("reception_issues");
        builder.Ignore(i => i.AwaitsFollowUp);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Property(i => i.Summary).HasMaxLength(1000);
        builder.Property(i => i.Feedback).HasMaxLength(1000);
        builder.HasOne<SuggestionCategory>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Visitor).WithMany().HasForeignKey(i => i.VisitorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(i => i.FollowUpDeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Suggestions.Suggestion>().WithMany().HasForeignKey(i => i.SuggestionId).OnDelete(DeleteBehavior.SetNull);
    }
}
