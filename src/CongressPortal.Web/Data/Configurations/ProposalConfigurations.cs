using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    /// <summary>The tsvector of character bigrams computed from SearchText (see ChineseSearch), as for suggestions.</summary>
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(60);
        builder.Property(p => p.Subject).HasMaxLength(200);
        builder.Property(p => p.Grounds).HasMaxLength(20000);
        builder.Property(p => p.Solution).HasMaxLength(20000);
        builder.Property(p => p.DecisionReason).HasMaxLength(2000);
        builder.Property(p => p.ReportText).HasMaxLength(20000);
        builder.Property(p => p.ResultText).HasMaxLength(20000);
        builder.Property(p => p.StatusReason).HasMaxLength(500);
        builder.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql("to_tsvector('simple'::regconfig, search_text)", stored: true);
        builder.HasIndex(SearchVector).HasMethod("gin");
        // P5: numbers per session, unique and never reused (drafts and records kept as suggestions have none).
        builder.HasIndex(p => p.Number).IsUnique().HasFilter("number IS NOT NULL");
        builder.HasIndex(p => new { p.SessionId, p.Sequence }).IsUnique().HasFilter("sequence IS NOT NULL");
        builder.HasIndex(p => new { p.SessionId, p.Status, p.Id });
        builder.HasIndex(p => new { p.LeadDeputyId, p.Id });
        builder.HasIndex(p => p.ReportDueOn).HasFilter("report_due_on IS NOT NULL");
        builder.HasOne<CongressSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(p => p.LeadDeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Delegation>().WithMany().HasForeignKey(p => p.DelegationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(p => p.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(p => p.ReferredCommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(p => p.ResultMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(p => p.SuggestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Supervision.SupervisionTopic>().WithMany().HasForeignKey(p => p.SupervisionTopicId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Domain.Legislation.LegislationPlanItem>().WithMany().HasForeignKey(p => p.LegislationItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Signers).WithOne().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Signers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.CoSigners);
        builder.Ignore(p => p.IsPublished);
        builder.Ignore(p => p.ReportedOnTime);
        builder.Property(p => p.Version).IsRowVersion();
    }
}

internal sealed class ProposalSignerConfiguration : IEntityTypeConfiguration<ProposalSigner>
{
    public void Configure(EntityTypeBuilder<ProposalSigner> builder)
    {
        builder.ToTable("proposal_signers");
        builder.HasKey(s => new { s.ProposalId, s.DeputyId });
        builder.Ignore(s => s.HasSigned);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(s => s.DeputyId).OnDelete(DeleteBehavior.Restrict);
        // A deputy's proposals (led, co-signed, invited) without reading the proposals.
        builder.HasIndex(s => new { s.DeputyId, s.ProposalId }).IncludeProperties(s => new { s.Role, s.State });
    }
}

internal sealed class ProposalEventConfiguration : IEntityTypeConfiguration<ProposalEvent>
{
    public void Configure(EntityTypeBuilder<ProposalEvent> builder)
    {
        builder.ToTable("proposal_events");
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.ActorRole).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => new { e.ProposalId, e.At });
    }
}

internal sealed class ProposalAttachmentConfiguration : IEntityTypeConfiguration<ProposalAttachment>
{
    public void Configure(EntityTypeBuilder<ProposalAttachment> builder)
    {
        builder.ToTable("proposal_attachments");
        builder.HasKey(a => new { a.ProposalId, a.FileId });
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
