using CongressPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.Ignore(t => t.Name);
        builder.HasIndex(t => t.Number).IsUnique();
        builder.Property(t => t.Version).IsRowVersion();
    }
}

internal sealed class CongressSessionConfiguration : IEntityTypeConfiguration<CongressSession>
{
    public void Configure(EntityTypeBuilder<CongressSession> builder)
    {
        builder.ToTable("sessions");
        builder.Property(s => s.ProposalNumberPattern).HasMaxLength(60);
        builder.HasOne(s => s.Term).WithMany().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TermId, s.Number }).IsUnique();
        builder.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class StandingCommitteeMeetingConfiguration : IEntityTypeConfiguration<StandingCommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<StandingCommitteeMeeting> builder)
    {
        builder.HasOne(m => m.Term).WithMany().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TermId, m.Number }).IsUnique();
        builder.Property(m => m.Version).IsRowVersion();
    }
}

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.ShortName).HasMaxLength(30);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Version).IsRowVersion();
    }
}

internal sealed class HandlingUnitConfiguration : IEntityTypeConfiguration<HandlingUnit>
{
    public void Configure(EntityTypeBuilder<HandlingUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.ShortName).HasMaxLength(30);
        builder.Property(u => u.ContactPerson).HasMaxLength(50);
        builder.Property(u => u.ContactPhone).HasMaxLength(30);
        builder.HasIndex(u => u.Name).IsUnique();
        builder.Property(u => u.Version).IsRowVersion();
    }
}

internal sealed class AdministrativeAreaConfiguration : IEntityTypeConfiguration<AdministrativeArea>
{
    public void Configure(EntityTypeBuilder<AdministrativeArea> builder)
    {
        builder.ToTable("areas");
        builder.Property(a => a.Name).HasMaxLength(50);
        builder.Property(a => a.Code).HasMaxLength(12);
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ParentId, a.Name }).IsUnique().AreNullsDistinct(false);
        builder.Property(a => a.Version).IsRowVersion();
    }
}

internal sealed class SuggestionCategoryConfiguration : IEntityTypeConfiguration<SuggestionCategory>
{
    public void Configure(EntityTypeBuilder<SuggestionCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(30);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Version).IsRowVersion();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Version).IsRowVersion();
    }
}
