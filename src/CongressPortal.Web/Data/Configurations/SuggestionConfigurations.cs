using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(60);
        builder.Property(s => s.NumberScope).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Content).HasMaxLength(20000);
        builder.Property(s => s.KeyLeader).HasMaxLength(50);
        builder.Property(s => s.StatusReason).HasMaxLength(500);
        builder.Property(s => s.ClosingNote).HasMaxLength(2000);
        builder.HasIndex(s => s.CloseableOn).HasFilter("closeable_on IS NOT NULL");
        builder.Property(s => s.Classification).HasMaxLength(4);
        // The tsvector of character bigrams computed from SearchText (see ChineseSearch).
        builder.Property<NpgsqlTsVector>(Queries.SuggestionFilters.SearchVector).HasComputedColumnSql("to_tsvector('simple'::regconfig, search_text)", stored: true);
        // One GIN index over the bigrams and the session (btree_gin): a search within a session is answered by the index
        // alone instead of intersecting the search's matches with a session's 200,000 rows; a search over all sessions
        // uses it just as well (a multicolumn GIN index serves any subset of its columns).
        builder.HasIndex(Queries.SuggestionFilters.SearchVector, nameof(Suggestion.SessionId)).HasMethod("gin").HasDatabaseName("ix_suggestions_search");
        builder.HasIndex(s => s.Number).IsUnique();
        builder.HasIndex(s => new { s.NumberScope, s.Sequence }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.Id });
        builder.HasIndex(s => new { s.SessionId, s.Id });
        // The staff list's common combinations, newest first: a session's suggestions in one status, and key suggestions.
        builder.HasIndex(s => new { s.SessionId, s.Status, s.Id });
        builder.HasIndex(s => s.Id, "KeySuggestions").HasDatabaseName("ix_suggestions_key").HasFilter("is_key");
        // In hand (办理中, 重新办理), newest first, with the deadline for the overdue filter: the few thousand open ones, not a
        // million closed ones, and read from the index alone.
        builder.HasIndex(s => s.Id, "InHand").HasDatabaseName("ix_suggestions_in_hand")
            .HasFilter("status IN ('Handling', 'Rehandling')").IncludeProperties(s => s.DueOn);
        builder.HasIndex(s => new { s.Year, s.Id });
        // Statistics per session, year and category read only this index (an index-only scan), not the wide rows.
        builder.HasIndex(s => s.Year, "Statistics").HasDatabaseName("ix_suggestions_statistics").IncludeProperties(s => new
        {
            s.Id, s.SessionId, s.CategoryId, s.Classification, s.Status, s.AssignedOn, s.RepliedOn, s.RepliedOnTime,
            s.MetDeputy, s.DueOn, s.Rehandled, s.Satisfaction, s.UnratedUntil, s.CommitmentsOpen, s.CommitmentsDone,
        });
        // The few suggestions whose unrated replies are past their window, settled by a second statistics query (S50a):
        // read from this index alone, with what the statistics group them by.
        builder.HasIndex(s => s.UnratedUntil).HasFilter("unrated_until IS NOT NULL")
            .IncludeProperties(s => new { s.Id, s.SessionId, s.Year, s.CategoryId, s.Satisfaction });
        builder.HasIndex(s => new { s.CategoryId, s.Id });
        builder.HasIndex(s => new { s.LeadDeputyId, s.Id });
        builder.HasIndex(s => s.DueOn).HasFilter("due_on IS NOT NULL");
        builder.HasIndex(s => s.ThemeId);
        builder.HasOne<CongressSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SuggestionCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(s => s.LeadDeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(s => s.KeyCommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SuggestionTheme>().WithMany().HasForeignKey(s => s.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // The proposal it was registered from (作为建议处理); the proposal links back through its SuggestionId.
        builder.HasOne<Domain.Proposals.Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Deputies).WithOne().HasForeignKey(d => d.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Assignments).WithOne().HasForeignKey(a => a.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attachments).WithOne().HasForeignKey(a => a.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Deputies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.CoSignerIds);
        builder.Ignore(s => s.ActiveAssignments);
        builder.Ignore(s => s.PendingCoSigners);
        builder.Property(s => s.Version).IsRowVersion();
    }
}

/// <summary>
/// The tallies are the trigger's (migration SuggestionTalliesAndIndexes): rows are appended, never updated, so no index is
/// needed to find one; a few thousand rows once folded are read whole.
/// </summary>
internal sealed class SuggestionTallyConfiguration : IEntityTypeConfiguration<SuggestionTally>
{
    public void Configure(EntityTypeBuilder<SuggestionTally> builder)
    {
        builder.ToTable("suggestion_tallies");
        builder.HasNoKey();
        builder.Property(t => t.Classification).HasMaxLength(4);
    }
}

internal sealed class SuggestionDeputyConfiguration : IEntityTypeConfiguration<SuggestionDeputy>
{
    public void Configure(EntityTypeBuilder<SuggestionDeputy> builder)
    {
        builder.ToTable("suggestion_deputies");
        builder.HasKey(d => new { d.SuggestionId, d.DeputyId });
        builder.HasOne<Deputy>().WithMany().HasForeignKey(d => d.DeputyId).OnDelete(DeleteBehavior.Restrict);
        // A deputy's suggestions: the role is carried so that "signed, not merged in" needs no row lookups.
        builder.HasIndex(d => new { d.DeputyId, d.SuggestionId }).IncludeProperties(d => d.Role);
        builder.Ignore(d => d.IsPending);
        // Rows from before co-signers confirmed online were all signatures: the migration fills them in as confirmed.
        builder.Property(d => d.State).HasMaxLength(20);
    }
}

internal sealed class SuggestionAssignmentConfiguration : IEntityTypeConfiguration<SuggestionAssignment>
{
    public void Configure(EntityTypeBuilder<SuggestionAssignment> builder)
    {
        builder.ToTable("suggestion_assignments");
        builder.Property(a => a.ExtensionReason).HasMaxLength(500);
        builder.Property(a => a.ExtensionDecisionNote).HasMaxLength(500);
        builder.Property(a => a.ReturnReason).HasMaxLength(500);
        builder.Property(a => a.ReturnDecisionNote).HasMaxLength(500);
        builder.Property(a => a.Classification).HasMaxLength(4);
        // The unit's contact person: the suggestion's deputies and staff see it, nobody else; masked in the audit log.
        builder.Property(a => a.ContactName).HasMaxLength(50);
        builder.Property(a => a.ContactPhone).HasMaxLength(30).IsSensitive();
        builder.Property(a => a.ContactEmail).HasMaxLength(100).IsSensitive();
        builder.Ignore(a => a.Answers);
        builder.Ignore(a => a.IsActive);
        builder.Ignore(a => a.IsPending);
        builder.Ignore(a => a.LatestReply);
        builder.Ignore(a => a.IsExtended);
        builder.Ignore(a => a.UnsatisfiedRounds);
        builder.HasOne<HandlingUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.SuggestionId });
        // A unit's active parts (SuggestionAssignment.Active) by suggestion, newest first: the list's unit filter reads this
        // index alone instead of each assignment row to skip the returned ones.
        builder.HasIndex(a => new { a.UnitId, a.SuggestionId }, "ActiveByUnit").HasDatabaseName("ix_suggestion_assignments_active_unit")
            .HasFilter("state <> 'Returned' AND state <> 'Reassigned'");
        // A suggestion's parts (the foreign key's index, named here since the partial index below starts with the same column).
        builder.HasIndex(a => a.SuggestionId);
        // The unrated replies no rating reminder was sent for (S50a), by suggestion: the statistics ask this of the few
        // suggestions past their rating window.
        builder.HasIndex(a => a.SuggestionId, "Unreminded").HasDatabaseName("ix_suggestion_assignments_unreminded")
            .HasFilter("unrated_until IS NOT NULL AND rating_reminded_at IS NULL");
        // Statistics per unit read only this index.
        builder.HasIndex(a => a.Year, "Statistics").HasDatabaseName("ix_suggestion_assignments_statistics").IncludeProperties(a => new
        {
            a.SessionId, a.UnitId, a.Role, a.State, a.Classification, a.FirstRepliedOn, a.RepliedOnTime, a.MetDeputy,
            a.DueOn, a.Round, a.Satisfaction, a.UnratedUntil, a.RatingRemindedAt, a.SuggestionClosed, a.CommitmentsOpen, a.CommitmentsDone,
        });
        builder.HasMany(a => a.Contacts).WithOne().HasForeignKey(c => c.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Opinions).WithOne().HasForeignKey(o => o.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Replies).WithOne().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Opinions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Replies).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SuggestionContactConfiguration : IEntityTypeConfiguration<SuggestionContact>
{
    public void Configure(EntityTypeBuilder<SuggestionContact> builder)
    {
        builder.ToTable("suggestion_contacts");
        builder.Property(c => c.Notes).HasMaxLength(1000);
        builder.Property(c => c.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class SuggestionOpinionConfiguration : IEntityTypeConfiguration<SuggestionOpinion>
{
    public void Configure(EntityTypeBuilder<SuggestionOpinion> builder)
    {
        builder.ToTable("suggestion_opinions");
        builder.Property(o => o.Text).HasMaxLength(5000);
        builder.Property(o => o.SentBy).HasMaxLength(100);
    }
}

internal sealed class SuggestionReplyConfiguration : IEntityTypeConfiguration<SuggestionReply>
{
    public void Configure(EntityTypeBuilder<SuggestionReply> builder)
    {
        builder.ToTable("suggestion_replies");
        builder.Property(r => r.Classification).HasMaxLength(4);
        builder.Property(r => r.Text).HasMaxLength(20000);
        builder.Property(r => r.Signer).HasMaxLength(50);
        builder.Property(r => r.RatingComment).HasMaxLength(1000);
        builder.Property(r => r.MissingOpinionsNote).HasMaxLength(1000);
        builder.Property(r => r.ReviewedBy).HasMaxLength(100);
        builder.Ignore(r => r.IsReviewed);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.LetterFileId).OnDelete(DeleteBehavior.Restrict);
        // The published replies by date, newest first (the home page's 最新答复), and any scan of the published ones.
        builder.HasIndex(r => r.ReviewedAt).HasFilter("is_published").IsDescending().HasDatabaseName("ix_suggestion_replies_published_by_date");
        builder.HasMany(r => r.Commitments).WithOne().HasForeignKey(c => c.ReplyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.ReplyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Commitments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SuggestionReplyRevisionConfiguration : IEntityTypeConfiguration<SuggestionReplyRevision>
{
    public void Configure(EntityTypeBuilder<SuggestionReplyRevision> builder)
    {
        builder.ToTable("suggestion_reply_revisions");
        builder.Property(v => v.Classification).HasMaxLength(4);
        builder.Property(v => v.Text).HasMaxLength(20000);
        builder.Property(v => v.Signer).HasMaxLength(50);
        builder.Property(v => v.MissingOpinionsNote).HasMaxLength(1000);
        builder.Property(v => v.Commitments).HasMaxLength(10000);
        builder.Property(v => v.Reason).HasMaxLength(500);
        builder.Property(v => v.RevisedBy).HasMaxLength(100);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(v => v.LetterFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SuggestionCommitmentConfiguration : IEntityTypeConfiguration<SuggestionCommitment>
{
    public void Configure(EntityTypeBuilder<SuggestionCommitment> builder)
    {
        builder.ToTable("suggestion_commitments");
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Ignore(c => c.IsDone);
        builder.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Updates).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CommitmentUpdateConfiguration : IEntityTypeConfiguration<CommitmentUpdate>
{
    public void Configure(EntityTypeBuilder<CommitmentUpdate> builder)
    {
        builder.ToTable("commitment_updates");
        builder.Property(u => u.Note).HasMaxLength(1000);
        builder.Property(u => u.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class SuggestionEventConfiguration : IEntityTypeConfiguration<SuggestionEvent>
{
    public void Configure(EntityTypeBuilder<SuggestionEvent> builder)
    {
        builder.ToTable("suggestion_events");
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.ActorRole).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => new { e.SuggestionId, e.At });
    }
}

internal sealed class SuggestionAttachmentConfiguration : IEntityTypeConfiguration<SuggestionAttachment>
{
    public void Configure(EntityTypeBuilder<SuggestionAttachment> builder)
    {
        builder.ToTable("suggestion_attachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SuggestionThemeConfiguration : IEntityTypeConfiguration<SuggestionTheme>
{
    public void Configure(EntityTypeBuilder<SuggestionTheme> builder)
    {
        builder.ToTable("suggestion_themes");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasIndex(t => new { t.Year, t.Name }).IsUnique();
        builder.HasOne<Domain.Supervision.SupervisionTopic>().WithMany().HasForeignKey(t => t.SupervisionTopicId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(t => t.Version).IsRowVersion();
    }
}

internal sealed class SuggestionNumberCounterConfiguration : IEntityTypeConfiguration<SuggestionNumberCounter>
{
    public void Configure(EntityTypeBuilder<SuggestionNumberCounter> builder)
    {
        builder.ToTable("suggestion_number_counters");
        builder.HasKey(c => c.Scope);
        builder.Property(c => c.Scope).HasMaxLength(40);
        builder.Property(c => c.Version).IsRowVersion();
    }
}

internal sealed class SuggestionImportBatchConfiguration : IEntityTypeConfiguration<SuggestionImportBatch>
{
    public void Configure(EntityTypeBuilder<SuggestionImportBatch> builder)
    {
        builder.ToTable("suggestion_import_batches");
        // The very same file is imported once (S64): two staff confirming it at once cannot both save it.
        builder.Property(b => b.ContentHash).HasMaxLength(64);
        builder.HasIndex(b => b.ContentHash).IsUnique();
        builder.Property(b => b.FileName).HasMaxLength(200);
        builder.Property(b => b.FirstNumber).HasMaxLength(60);
        builder.Property(b => b.LastNumber).HasMaxLength(60);
        builder.Property(b => b.ImportedBy).HasMaxLength(100);
        builder.HasOne<CongressSession>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SuggestionSettingsConfiguration : IEntityTypeConfiguration<SuggestionSettings>
{
    public void Configure(EntityTypeBuilder<SuggestionSettings> builder)
    {
        builder.ToTable("suggestion_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SessionNumberPattern).HasMaxLength(60);
        builder.Property(s => s.BetweenSessionsNumberPattern).HasMaxLength(60);
        builder.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class ReplyClassificationConfiguration : IEntityTypeConfiguration<ReplyClassification>
{
    public void Configure(EntityTypeBuilder<ReplyClassification> builder)
    {
        builder.ToTable("reply_classifications");
        builder.Property(c => c.Code).HasMaxLength(4);
        builder.Property(c => c.Label).HasMaxLength(50);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Version).IsRowVersion();
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("stored_files");
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(100);
        builder.Ignore(f => f.ContentType);
    }
}

internal sealed class AssignmentProposalConfiguration : IEntityTypeConfiguration<AssignmentProposal>
{
    public void Configure(EntityTypeBuilder<AssignmentProposal> builder)
    {
        builder.ToTable("assignment_proposals");
        builder.Property(p => p.ProposedUnitIds).HasColumnType("integer[]");
        builder.Property(p => p.ActorName).HasMaxLength(100);
        builder.Ignore(p => p.ChosenRank);
        builder.HasIndex(p => p.SuggestionId);
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(p => p.SuggestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HandlingReportReleaseConfiguration : IEntityTypeConfiguration<HandlingReportRelease>
{
    public void Configure(EntityTypeBuilder<HandlingReportRelease> builder)
    {
        builder.ToTable("handling_report_releases");
        // One published report per session: publishing again replaces its document.
        builder.HasIndex(r => r.SessionId).IsUnique();
        builder.HasOne<Domain.Reference.CongressSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Title).HasMaxLength(HandlingReportRelease.TitleMaxLength);
        builder.Property(r => r.State).HasMaxLength(20);
        builder.Property(r => r.PublishedBy).HasMaxLength(100);
        builder.Property(r => r.WithdrawnBy).HasMaxLength(100);
        builder.Property(r => r.WithdrawReason).HasMaxLength(HandlingReportRelease.ReasonMaxLength);
        builder.Ignore(r => r.IsPublished);
        builder.Property(r => r.Version).IsRowVersion();
    }
}
