using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class DeputyConfiguration : IEntityTypeConfiguration<Deputy>
{
    public void Configure(EntityTypeBuilder<Deputy> builder)
    {
        builder.Ignore(d => d.IsServing);
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.Property(d => d.Number).HasMaxLength(20);
        builder.Property(d => d.Ethnicity).HasMaxLength(10);
        builder.Property(d => d.Party).HasMaxLength(20);
        builder.Property(d => d.Education).HasMaxLength(20);
        builder.Property(d => d.WorkUnitAndTitle).HasMaxLength(100);
        builder.Property(d => d.Constituency).HasMaxLength(50);
        // Private data: staff only; the audit log records that it changed, masked.
        builder.Property(d => d.Mobile).HasMaxLength(11).IsSensitive();
        builder.Property(d => d.IdNumber).HasMaxLength(18).IsSensitive();
        builder.Property(d => d.HomeAddress).HasMaxLength(100).IsSensitive();
        builder.HasOne(d => d.Term).WithMany().HasForeignKey(d => d.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Delegation).WithMany().HasForeignKey(d => d.DelegationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.DeputyGroup).WithMany().HasForeignKey(d => d.DeputyGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ProfessionalGroup).WithMany().HasForeignKey(d => d.ProfessionalGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.StatusChanges).WithOne().HasForeignKey(c => c.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.StatusChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(d => new { d.TermId, d.Number }).IsUnique();
        builder.HasIndex(d => d.Name);
        builder.Property(d => d.Version).IsRowVersion();
    }
}

internal sealed class DeputyStatusChangeConfiguration : IEntityTypeConfiguration<DeputyStatusChange>
{
    public void Configure(EntityTypeBuilder<DeputyStatusChange> builder)
    {
        builder.ToTable("deputy_status_changes");
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.Property(c => c.ByUserId).HasMaxLength(450);
    }
}

internal sealed class DeputyPhotoConfiguration : IEntityTypeConfiguration<DeputyPhoto>
{
    public void Configure(EntityTypeBuilder<DeputyPhoto> builder)
    {
        builder.HasKey(p => p.DeputyId);
        builder.Property(p => p.DeputyId).ValueGeneratedNever();
        builder.Property(p => p.ContentType).HasMaxLength(20);
        builder.HasOne<Deputy>().WithOne().HasForeignKey<DeputyPhoto>(p => p.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Version).IsRowVersion();
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeArea>().WithMany().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TermId, d.Name }).IsUnique();
        builder.Property(d => d.Version).IsRowVersion();
    }
}

internal sealed class DeputyGroupConfiguration : IEntityTypeConfiguration<DeputyGroup>
{
    public void Configure(EntityTypeBuilder<DeputyGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(50);
        builder.HasOne<Committee>().WithMany().HasForeignKey(g => g.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.Name).IsUnique();
        builder.Property(g => g.Version).IsRowVersion();
    }
}

internal sealed class PerformanceEventConfiguration : IEntityTypeConfiguration<PerformanceEvent>
{
    public void Configure(EntityTypeBuilder<PerformanceEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => e.Date);
        builder.Property(e => e.Version).IsRowVersion();
    }
}

internal sealed class PerformanceEventParticipantConfiguration : IEntityTypeConfiguration<PerformanceEventParticipant>
{
    public void Configure(EntityTypeBuilder<PerformanceEventParticipant> builder)
    {
        builder.ToTable("performance_event_participants");
        builder.HasKey(p => new { p.EventId, p.DeputyId });
        builder.HasOne<Deputy>().WithMany().HasForeignKey(p => p.DeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.DeputyId);
    }
}

internal sealed class DeputyContactSharingConfiguration : IEntityTypeConfiguration<DeputyContactSharing>
{
    public void Configure(EntityTypeBuilder<DeputyContactSharing> builder)
    {
        builder.ToTable("deputy_contact_sharing");
        builder.HasKey(c => c.DeputyId);
        builder.HasOne<Deputy>().WithOne().HasForeignKey<DeputyContactSharing>(c => c.DeputyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.DeputyId).ValueGeneratedNever();
        // The deputy's own contacts: units of their suggestions see what is shared; the audit log masks the values.
        builder.Property(c => c.WorkPhone).HasMaxLength(30).IsSensitive();
        builder.Property(c => c.Email).HasMaxLength(100).IsSensitive();
        builder.Property(c => c.Version).IsRowVersion();
    }
}
