using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Notices;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Reports;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CongressPortal.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    public DbSet<Term> Terms => Set<Term>();
    public DbSet<CongressSession> Sessions => Set<CongressSession>();
    public DbSet<StandingCommitteeMeeting> StandingCommitteeMeetings => Set<StandingCommitteeMeeting>();
    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<HandlingUnit> HandlingUnits => Set<HandlingUnit>();
    public DbSet<AdministrativeArea> Areas => Set<AdministrativeArea>();
    public DbSet<SuggestionCategory> SuggestionCategories => Set<SuggestionCategory>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Deputy> Deputies => Set<Deputy>();
    public DbSet<DeputyPhoto> DeputyPhotos => Set<DeputyPhoto>();
    public DbSet<DeputyContactSharing> DeputyContactSharing => Set<DeputyContactSharing>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<DeputyGroup> DeputyGroups => Set<DeputyGroup>();
    public DbSet<PerformanceEvent> PerformanceEvents => Set<PerformanceEvent>();
    public DbSet<LiaisonStation> Stations => Set<LiaisonStation>();
    public DbSet<ReceptionSchedule> ReceptionSchedules => Set<ReceptionSchedule>();
    public DbSet<Reception> Receptions => Set<Reception>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<SuggestionTally> SuggestionTallies => Set<SuggestionTally>();
    public DbSet<AssignmentProposal> AssignmentProposals => Set<AssignmentProposal>();
    public DbSet<SuggestionTheme> SuggestionThemes => Set<SuggestionTheme>();
    public DbSet<SuggestionNumberCounter> SuggestionNumberCounters => Set<SuggestionNumberCounter>();
    public DbSet<HandlingReportRelease> HandlingReportReleases => Set<HandlingReportRelease>();
    public DbSet<SuggestionImportBatch> SuggestionImportBatches => Set<SuggestionImportBatch>();
    public DbSet<SuggestionSettings> SuggestionSettings => Set<SuggestionSettings>();
    public DbSet<ReplyClassification> ReplyClassifications => Set<ReplyClassification>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<WorkReport> WorkReports => Set<WorkReport>();
    public DbSet<WorkReportVersion> WorkReportVersions => Set<WorkReportVersion>();
    public DbSet<SupervisionPlan> SupervisionPlans => Set<SupervisionPlan>();
    public DbSet<SupervisionTopic> SupervisionTopics => Set<SupervisionTopic>();
    public DbSet<SupervisionSettings> SupervisionSettings => Set<SupervisionSettings>();
    public DbSet<LegislationPlan> LegislationPlans => Set<LegislationPlan>();
    public DbSet<LegislationPlanItem> LegislationPlanItems => Set<LegislationPlanItem>();
    public DbSet<LegislationRecord> LegislationRecords => Set<LegislationRecord>();
    public DbSet<Regulation> Regulations => Set<Regulation>();
    public DbSet<RegulationVersion> RegulationVersions => Set<RegulationVersion>();
    public DbSet<NormativeDocumentFiling> NormativeDocumentFilings => Set<NormativeDocumentFiling>();
    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();
    public DbSet<OpenDraft> OpenDrafts => Set<OpenDraft>();
    public DbSet<DraftComment> DraftComments => Set<DraftComment>();
    public DbSet<DraftCommentTally> DraftCommentTallies => Set<DraftCommentTally>();
    public DbSet<LegislativeContactPoint> LegislativeContactPoints => Set<LegislativeContactPoint>();
    public DbSet<Notice> Notices => Set<Notice>();

    // Notification centre and e-mail outbox (issue 15, part D).
    public DbSet<CongressPortal.Web.Notifications.Reminder> Reminders => Set<CongressPortal.Web.Notifications.Reminder>();
    public DbSet<CongressPortal.Web.Notifications.Notification> Notifications => Set<CongressPortal.Web.Notifications.Notification>();
    public DbSet<CongressPortal.Web.Notifications.OutboxMessage> OutboxMessages => Set<CongressPortal.Web.Notifications.OutboxMessage>();

    /// <summary>The draft comments' own hi-lo sequence (blocks of 100; see DraftCommentConfiguration).</summary>
    public const string DraftCommentKeys = "draft_comment_keys";

    public const string StrokeCollation = "zh_stroke";
    public const string PinyinCollation = "zh_pinyin";

    /// <summary>The provider settings shared by the app, the design-time factory and the tests.</summary>
    /// <summary>
    /// The portal's database. Connections go back to the pool without <c>DISCARD ALL</c> (<c>No Reset On Close</c>): the
    /// portal keeps no session state on pooled connections (settings are <c>SET LOCAL</c>, advisory locks are transaction
    /// locks; the cache listener and the audit archive's session lock use their own unpooled connections), and the reset
    /// was a statement more per query (docs/benchmarks.md). Queries marked <see cref="PreparedQueries.Prepared{T}"/> run as
    /// prepared statements, which stay on their connection.
    /// </summary>
    public static DbContextOptionsBuilder UsePortalDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(Preparing);

    private static readonly PreparingInterceptor Preparing = new();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Keys come from sequences in blocks (hi-lo), so an entity has its key as soon as it is added
        // and the audit interceptor can record it in the same SaveChanges.
        builder.UseHiLo();
        // Name order for lists: surname strokes (按姓氏笔画, the official order) and pinyin.
        builder.HasCollation(StrokeCollation, locale: "zh-u-co-stroke", provider: "icu", deterministic: true);
        builder.HasCollation(PinyinCollation, locale: "zh-u-co-pinyin", provider: "icu", deterministic: true);
        builder.HasSequence(DraftCommentKeys).IncrementsBy(100);
        // btree_gin (a trusted contrib extension): a GIN index over a tsvector and a plain column together.
        builder.HasPostgresExtension("btree_gin");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Statuses and kinds are stored as strings: readable in SQL and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
