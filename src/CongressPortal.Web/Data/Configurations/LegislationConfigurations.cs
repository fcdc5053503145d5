using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class LegislationPlanConfiguration : IEntityTypeConfiguration<LegislationPlan>
{
    public void Configure(EntityTypeBuilder<LegislationPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(20000);
        builder.HasIndex(p => new { p.Kind, p.Year }).IsUnique();
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(p => p.AdoptedMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Amendments).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsPublished);
        builder.Property(p => p.Version).IsRowVersion();
    }
}

internal sealed class LegislationPlanAmendmentConfiguration : IEntityTypeConfiguration<LegislationPlanAmendment>
{
    public void Configure(EntityTypeBuilder<LegislationPlanAmendment> builder)
    {
        builder.ToTable("legislation_plan_amendments");
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.RecordedBy).HasMaxLength(100);
        builder.HasIndex(a => new { a.PlanId, a.Number }).IsUnique();
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegislationPlanItemConfiguration : IEntityTypeConfiguration<LegislationPlanItem>
{
    public void Configure(EntityTypeBuilder<LegislationPlanItem> builder)
    {
        builder.ToTable("legislation_plan_items");
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.DraftingBody).HasMaxLength(100);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.Property(i => i.CancelReason).HasMaxLength(1000);
        builder.HasIndex(i => new { i.PlanId, i.Number }).IsUnique();
        builder.HasOne<Committee>().WithMany().HasForeignKey(i => i.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(i => i.TargetMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regulation>().WithMany().HasForeignKey(i => i.RegulationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegislationPlanAmendment>().WithMany().HasForeignKey(i => i.AddedByAmendmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegislationPlanAmendment>().WithMany().HasForeignKey(i => i.CancelledByAmendmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.SourceSuggestions).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.SourceSuggestions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LegislationPlanItemSuggestionConfiguration : IEntityTypeConfiguration<LegislationPlanItemSuggestion>
{
    public void Configure(EntityTypeBuilder<LegislationPlanItemSuggestion> builder)
    {
        builder.ToTable("legislation_plan_item_suggestions");
        builder.HasKey(s => new { s.ItemId, s.SuggestionId });
        builder.HasIndex(s => new { s.SuggestionId, s.ItemId });
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(s => s.SuggestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegislationRecordConfiguration : IEntityTypeConfiguration<LegislationRecord>
{
    public void Configure(EntityTypeBuilder<LegislationRecord> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.DraftingBody).HasMaxLength(100);
        builder.Property(r => r.DraftingGroup).HasMaxLength(500);
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.Property(r => r.StatusReason).HasMaxLength(4000);
        builder.Property(r => r.ApprovalResolution).HasMaxLength(200);
        builder.Property(r => r.AnnouncementNumber).HasMaxLength(Announcement.MaxLength);
        builder.Property(r => r.PassedTextJson).HasColumnType("text");
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.ApprovalDueOn).HasFilter("approval_due_on IS NOT NULL");
        builder.HasOne<LegislationPlanItem>().WithMany().HasForeignKey(r => r.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regulation>().WithMany().HasForeignKey(r => r.RegulationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(r => r.PassedMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Readings).WithOne().HasForeignKey(r => r.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Consultations).WithOne().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RecordId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { "Readings", "Consultations", "Events" })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.NextReading);
        builder.Ignore(r => r.LastReading);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class LegislationReadingConfiguration : IEntityTypeConfiguration<LegislationReading>
{
    public void Configure(EntityTypeBuilder<LegislationReading> builder)
    {
        builder.ToTable("legislation_readings");
        builder.Property(r => r.DraftTitle).HasMaxLength(200);
        builder.Property(r => r.TextJson).HasColumnType("text");
        builder.Property(r => r.Explanation).HasMaxLength(50000);
        builder.HasIndex(r => new { r.RecordId, r.Stage }).IsUnique();
        builder.HasIndex(r => r.MeetingId);
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegislationConsultationConfiguration : IEntityTypeConfiguration<LegislationConsultation>
{
    public void Configure(EntityTypeBuilder<LegislationConsultation> builder)
    {
        builder.ToTable("legislation_consultations");
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.HasIndex(c => new { c.RecordId, c.HeldOn });
    }
}

internal sealed class LegislationEventConfiguration : IEntityTypeConfiguration<LegislationEvent>
{
    public void Configure(EntityTypeBuilder<LegislationEvent> builder)
    {
        builder.ToTable("legislation_events");
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasIndex(e => new { e.RecordId, e.At });
    }
}

internal sealed class RegulationConfiguration : IEntityTypeConfiguration<Regulation>
{
    public void Configure(EntityTypeBuilder<Regulation> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.RepealAnnouncementNumber).HasMaxLength(Announcement.MaxLength);
        builder.Property(r => r.RepealReason).HasMaxLength(2000);
        builder.HasIndex(r => r.RepealAnnouncementNumber).IsUnique().HasFilter("repeal_announcement_number IS NOT NULL");
        // The library lists published regulations newest change first, filtered by field.
        builder.HasIndex(r => new { r.Field, r.LastPromulgatedOn }).HasFilter("published_version_count > 0");
        builder.HasIndex(r => r.LastPromulgatedOn).HasFilter("published_version_count > 0");
        builder.HasOne<LegislationRecord>().WithMany().HasForeignKey(r => r.RepealRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RegulationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.PendingVersion);
        builder.Ignore(r => r.CurrentVersion);
        builder.Ignore(r => r.IsPublished);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class RegulationVersionConfiguration : IEntityTypeConfiguration<RegulationVersion>
{
    /// <summary>The tsvector of character bigrams computed from SearchText (see ChineseSearch), as for suggestions.</summary>
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<RegulationVersion> builder)
    {
        builder.ToTable("regulation_versions");
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.AnnouncementNumber).HasMaxLength(Announcement.MaxLength);
        builder.Property(v => v.ChangeSummary).HasMaxLength(4000);
        builder.Property(v => v.TextJson).HasColumnType("text");
        builder.Property(v => v.SearchText).HasColumnType("text");
        builder.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql("to_tsvector('simple'::regconfig, search_text)", stored: true);
        // Only the newest published version of each regulation is searched.
        builder.HasIndex(SearchVector).HasMethod("gin").HasFilter("is_latest");
        builder.HasIndex(v => v.AnnouncementNumber).IsUnique();
        builder.HasIndex(v => new { v.RegulationId, v.Number }).IsUnique();
        builder.HasOne<LegislationRecord>().WithMany().HasForeignKey(v => v.LegislationRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.IsPublished);
    }
}

internal sealed class NormativeDocumentFilingConfiguration : IEntityTypeConfiguration<NormativeDocumentFiling>
{
    public void Configure(EntityTypeBuilder<NormativeDocumentFiling> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.DocumentNumber).HasMaxLength(100);
        builder.Property(f => f.Summary).HasMaxLength(4000);
        builder.Property(f => f.ReturnReason).HasMaxLength(2000);
        builder.Property(f => f.ReviewOpinion).HasMaxLength(4000);
        builder.Property(f => f.CorrectionOpinion).HasMaxLength(4000);
        builder.Property(f => f.ReplyText).HasMaxLength(4000);
        builder.HasIndex(f => new { f.Body, f.DocumentNumber }).IsUnique();
        builder.HasIndex(f => new { f.Status, f.FiledOn });
        builder.HasIndex(f => f.FiledOn);
        builder.Ignore(f => f.CurrentDueOn);
        builder.Property(f => f.Version).IsRowVersion();
    }
}

internal sealed class ReviewRequestConfiguration : IEntityTypeConfiguration<ReviewRequest>
{
    public void Configure(EntityTypeBuilder<ReviewRequest> builder)
    {
        builder.Property(r => r.ReceiptCode).HasMaxLength(20);
        builder.Property(r => r.DocumentTitle).HasMaxLength(200);
        builder.Property(r => r.Reasons).HasMaxLength(ReviewRequest.MaxReasonsLength);
        builder.Property(r => r.Name).HasMaxLength(50);
        builder.Property(r => r.Contact).HasMaxLength(100).IsSensitive();
        builder.Property(r => r.AnswerText).HasMaxLength(4000);
        builder.HasIndex(r => r.ReceiptCode).IsUnique();
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasOne<NormativeDocumentFiling>().WithMany().HasForeignKey(r => r.FilingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class OpenDraftConfiguration : IEntityTypeConfiguration<OpenDraft>
{
    public void Configure(EntityTypeBuilder<OpenDraft> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Explanation).HasMaxLength(OpenDraft.MaxExplanationLength);
        builder.Property(d => d.TextJson).HasColumnType("text");
        builder.Property(d => d.ArticleAnchors).HasColumnType("text[]");
        builder.Property(d => d.ClosedEarlyReason).HasMaxLength(OpenDraft.MaxReasonLength);
        builder.Property(d => d.OutcomeSummary).HasMaxLength(OpenDraft.MaxSummaryLength);
        builder.HasIndex(d => new { d.Status, d.ClosesAt });
        builder.HasIndex(d => d.RecordId);
        builder.HasOne<LegislationRecord>().WithMany().HasForeignKey(d => d.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegislationReading>().WithMany().HasForeignKey(d => d.ReadingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.DeadlineChanges).WithOne().HasForeignKey(c => c.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ArticleNotes).WithOne().HasForeignKey(n => n.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.DeadlineChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.ArticleNotes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.Window);
        builder.Property(d => d.Version).IsRowVersion();
    }
}

internal sealed class DraftDeadlineChangeConfiguration : IEntityTypeConfiguration<DraftDeadlineChange>
{
    public void Configure(EntityTypeBuilder<DraftDeadlineChange> builder)
    {
        builder.ToTable("open_draft_deadline_changes");
        builder.Property(c => c.Reason).HasMaxLength(OpenDraft.MaxReasonLength);
        builder.Property(c => c.ActorName).HasMaxLength(100);
    }
}

internal sealed class DraftArticleNoteConfiguration : IEntityTypeConfiguration<DraftArticleNote>
{
    public void Configure(EntityTypeBuilder<DraftArticleNote> builder)
    {
        builder.ToTable("open_draft_article_notes");
        builder.Property(n => n.ArticleAnchor).HasMaxLength(40);
        builder.Property(n => n.Note).HasMaxLength(OpenDraft.MaxNoteLength);
        builder.HasIndex(n => new { n.DraftId, n.ArticleAnchor }).IsUnique();
    }
}

internal sealed class DraftCommentConfiguration : IEntityTypeConfiguration<DraftComment>
{
    public void Configure(EntityTypeBuilder<DraftComment> builder)
    {
        builder.Property(c => c.ArticleAnchor).HasMaxLength(40);
        builder.Property(c => c.Body).HasMaxLength(DraftComment.MaxBodyLength);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.Contact).HasMaxLength(100).IsSensitive();
        builder.Property(c => c.ReceiptCode).HasMaxLength(20);
        builder.Property(c => c.CheckedBy).HasMaxLength(100);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.Property(c => c.DecisionReason).HasMaxLength(DraftComment.MaxReasonLength);
        builder.HasIndex(c => c.ReceiptCode).IsUnique().HasFilter("receipt_code IS NOT NULL");
        // The moderation list: a draft's comments by article and status, oldest first; and the figures by status.
        builder.HasIndex(c => new { c.DraftId, c.ArticleAnchor, c.Status, c.Id });
        builder.HasIndex(c => new { c.DraftId, c.Status });
        builder.HasIndex(c => c.ContactPointId).HasFilter("contact_point_id IS NOT NULL");
        builder.HasOne<OpenDraft>().WithMany().HasForeignKey(c => c.DraftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegislativeContactPoint>().WithMany().HasForeignKey(c => c.ContactPointId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsChecked);
        builder.Property(c => c.Version).IsRowVersion();
        // Keys of their own in blocks of 100: a popular draft takes comments by the thousand, and each block drawn is a
        // round trip every other submission of the moment waits for.
        builder.Property(c => c.Id).UseHiLo(AppDbContext.DraftCommentKeys);
    }
}

internal sealed class LegislativeContactPointConfiguration : IEntityTypeConfiguration<LegislativeContactPoint>
{
    public void Configure(EntityTypeBuilder<LegislativeContactPoint> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.District).HasMaxLength(50);
        builder.Property(p => p.Address).HasMaxLength(200);
        builder.Property(p => p.HostOrganisation).HasMaxLength(100);
        builder.Property(p => p.ContactPerson).HasMaxLength(50);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Version).IsRowVersion();
    }
}

/// <summary>The tallies are the trigger's (migration DraftCommentTallies): the application only reads them.</summary>
internal sealed class DraftCommentTallyConfiguration : IEntityTypeConfiguration<DraftCommentTally>
{
    public void Configure(EntityTypeBuilder<DraftCommentTally> builder)
    {
        builder.HasKey(t => new { t.DraftId, t.ArticleAnchor, t.Status });
        builder.Property(t => t.ArticleAnchor).HasMaxLength(40);
        builder.HasOne<OpenDraft>().WithMany().HasForeignKey(t => t.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Status);
    }
}
