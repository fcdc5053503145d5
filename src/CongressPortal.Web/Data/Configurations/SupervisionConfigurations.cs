using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Configurations;

internal sealed class SupervisionPlanConfiguration : IEntityTypeConfiguration<SupervisionPlan>
{
    public void Configure(EntityTypeBuilder<SupervisionPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(20000);
        builder.HasIndex(p => p.Year).IsUnique();
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(p => p.AdoptedMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Amendments).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsPublished);
        builder.Property(p => p.Version).IsRowVersion();
    }
}

internal sealed class SupervisionPlanAmendmentConfiguration : IEntityTypeConfiguration<SupervisionPlanAmendment>
{
    public void Configure(EntityTypeBuilder<SupervisionPlanAmendment> builder)
    {
        builder.ToTable("supervision_plan_amendments");
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.RecordedBy).HasMaxLength(100);
        builder.HasIndex(a => new { a.PlanId, a.Number }).IsUnique();
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionTopicConfiguration : IEntityTypeConfiguration<SupervisionTopic>
{
    /// <summary>The tsvector of character bigrams computed from SearchText (see ChineseSearch), as for suggestions.</summary>
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<SupervisionTopic> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Summary).HasMaxLength(4000);
        builder.Property(t => t.LawName).HasMaxLength(200);
        builder.Property(t => t.StatusReason).HasMaxLength(1000);
        builder.Property(t => t.ReportText).HasMaxLength(50000);
        builder.Property(t => t.OpinionsText).HasMaxLength(20000);
        builder.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql("to_tsvector('simple'::regconfig, search_text)", stored: true);
        builder.HasIndex(SearchVector).HasMethod("gin");
        builder.HasIndex(t => new { t.Year, t.Status });
        builder.HasIndex(t => new { t.ReportingUnitId, t.Id });
        builder.HasIndex(t => t.ReportDueOn).HasFilter("report_due_on IS NOT NULL");
        builder.HasOne<SupervisionPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupervisionPlanAmendment>().WithMany().HasForeignKey(t => t.AddedByAmendmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupervisionPlanAmendment>().WithMany().HasForeignKey(t => t.CancelledByAmendmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HandlingUnit>().WithMany().HasForeignKey(t => t.ReportingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(t => t.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StandingCommitteeMeeting>().WithMany().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Deputies).WithOne().HasForeignKey(d => d.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.SourceSuggestions).WithOne().HasForeignKey(s => s.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.SourceIssues).WithOne().HasForeignKey(i => i.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Activities).WithOne().HasForeignKey(a => a.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Inquiries).WithOne().HasForeignKey(i => i.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Problems).WithOne().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Rounds).WithOne().HasForeignKey(r => r.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.FollowUps).WithOne().HasForeignKey(f => f.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TopicId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { "Deputies", "SourceSuggestions", "SourceIssues", "Activities", "Inquiries", "Problems", "Rounds", "FollowUps", "Events" })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.IsPublished);
        builder.Ignore(t => t.CurrentRound);
        builder.Property(t => t.Version).IsRowVersion();
    }
}

internal sealed class SupervisionTopicDeputyConfiguration : IEntityTypeConfiguration<SupervisionTopicDeputy>
{
    public void Configure(EntityTypeBuilder<SupervisionTopicDeputy> builder)
    {
        builder.ToTable("supervision_topic_deputies");
        builder.HasKey(d => new { d.TopicId, d.DeputyId });
        builder.HasIndex(d => new { d.DeputyId, d.TopicId });
        builder.HasOne<Deputy>().WithMany().HasForeignKey(d => d.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionTopicSuggestionConfiguration : IEntityTypeConfiguration<SupervisionTopicSuggestion>
{
    public void Configure(EntityTypeBuilder<SupervisionTopicSuggestion> builder)
    {
        builder.ToTable("supervision_topic_suggestions");
        builder.HasKey(s => new { s.TopicId, s.SuggestionId });
        builder.HasIndex(s => new { s.SuggestionId, s.TopicId });
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(s => s.SuggestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionTopicIssueConfiguration : IEntityTypeConfiguration<SupervisionTopicIssue>
{
    public void Configure(EntityTypeBuilder<SupervisionTopicIssue> builder)
    {
        builder.ToTable("supervision_topic_issues");
        builder.HasKey(i => new { i.TopicId, i.ReceptionIssueId });
        builder.HasOne<ReceptionIssue>().WithMany().HasForeignKey(i => i.ReceptionIssueId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupervisionActivityConfiguration : IEntityTypeConfiguration<SupervisionActivity>
{
    public void Configure(EntityTypeBuilder<SupervisionActivity> builder)
    {
        builder.ToTable("supervision_activities");
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.HasIndex(a => new { a.TopicId, a.StartOn });
    }
}

internal sealed class SupervisionInquiryConfiguration : IEntityTypeConfiguration<SupervisionInquiry>
{
    public void Configure(EntityTypeBuilder<SupervisionInquiry> builder)
    {
        builder.ToTable("supervision_inquiries");
        builder.Property(i => i.Question).HasMaxLength(1000);
        builder.Property(i => i.AskedBy).HasMaxLength(100);
        builder.Property(i => i.AnsweredBy).HasMaxLength(100);
        builder.Property(i => i.Answer).HasMaxLength(4000);
        builder.HasIndex(i => new { i.TopicId, i.Order }).IsUnique();
    }
}

internal sealed class SupervisionProblemConfiguration : IEntityTypeConfiguration<SupervisionProblem>
{
    public void Configure(EntityTypeBuilder<SupervisionProblem> builder)
    {
        builder.ToTable("supervision_problems");
        builder.Property(p => p.Text).HasMaxLength(1000);
        builder.Property(p => p.ProgressEvidence).HasMaxLength(2000);
        builder.Property(p => p.CloseEvidence).HasMaxLength(2000);
        builder.HasIndex(p => new { p.TopicId, p.Number }).IsUnique();
        // A body's desk: the problems it must act on, across topics.
        builder.HasIndex(p => new { p.UnitId, p.Status });
        builder.HasOne<HandlingUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.IsClosed);
    }
}

internal sealed class SupervisionReportRoundConfiguration : IEntityTypeConfiguration<SupervisionReportRound>
{
    public void Configure(EntityTypeBuilder<SupervisionReportRound> builder)
    {
        builder.ToTable("supervision_report_rounds");
        builder.Property(r => r.ReportText).HasMaxLength(50000);
        builder.Property(r => r.Evaluation).HasMaxLength(20000);
        builder.Property(r => r.FiledBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.TopicId, r.Number }).IsUnique();
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Vote);
        builder.Ignore(r => r.IsFiled);
        builder.Ignore(r => r.FiledOnTime);
    }
}

internal sealed class SupervisionReportEntryConfiguration : IEntityTypeConfiguration<SupervisionReportEntry>
{
    public void Configure(EntityTypeBuilder<SupervisionReportEntry> builder)
    {
        builder.ToTable("supervision_report_entries");
        builder.Property(e => e.Evidence).HasMaxLength(2000);
        builder.HasIndex(e => new { e.RoundId, e.ProblemNumber }).IsUnique();
    }
}

internal sealed class SupervisionFollowUpConfiguration : IEntityTypeConfiguration<SupervisionFollowUp>
{
    public void Configure(EntityTypeBuilder<SupervisionFollowUp> builder)
    {
        builder.ToTable("supervision_follow_ups");
        builder.Property(f => f.Findings).HasMaxLength(20000);
        builder.HasIndex(f => new { f.TopicId, f.HeldOn });
    }
}

internal sealed class SupervisionEventConfiguration : IEntityTypeConfiguration<SupervisionEvent>
{
    public void Configure(EntityTypeBuilder<SupervisionEvent> builder)
    {
        builder.ToTable("supervision_events");
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.ActorRole).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => new { e.TopicId, e.At });
    }
}

internal sealed class SupervisionSettingsConfiguration : IEntityTypeConfiguration<SupervisionSettings>
{
    public void Configure(EntityTypeBuilder<SupervisionSettings> builder)
    {
        builder.ToTable("supervision_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsRowVersion();
    }
}
