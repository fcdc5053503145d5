using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>The refusals of legislation, the library and filing review: each with a stable code (<c>Legislation.{name}</c>), its field and the Chinese message.</summary>
public static class LegislationMessages
{
    private const string Area = "Legislation";

    // Plans.
    public static Refusal YearOutOfRange { get; } = Refusal.Define(Area, "请填写正确的年度（2000—2100）。", nameof(LegislationPlanDraft.Year));
    public static Refusal YearFixedAfterAdoption { get; } = Refusal.Define(Area, "计划已通过，年度不能再改。", nameof(LegislationPlanDraft.Year));
    public static Refusal AdoptedInFuture { get; } = Refusal.Define(Area, "通过日期不能晚于今天。", nameof(LegislationPlanAdoption.AdoptedOn));
    public static Refusal AmendmentInFuture { get; } = Refusal.Define(Area, "调整日期不能晚于今天。", nameof(LegislationPlanAdoption.AdoptedOn));
    public static Refusal AmendmentBeforeAdoption { get; } = Refusal.Define(Area, "计划调整的日期不能早于计划通过的日期。", nameof(LegislationPlanAdoption.AdoptedOn));
    public static Refusal PlanHasNoItems { get; } = Refusal.Define(Area, "计划中还没有项目，不能登记通过。");
    public static Refusal AmendmentRequired { get; } = Refusal.Define(Area, "计划已通过：增加或取消项目须依据一次计划调整，请先登记计划调整再选择。", nameof(PlanItemDraft.AmendmentId));
    public static Refusal UnknownAmendment { get; } = Refusal.Define(Area, "所选的计划调整不属于这个计划。", nameof(PlanItemDraft.AmendmentId));
    public static Refusal TooManyItems { get; } = Refusal.Define(Area, $"一个计划最多 {LegislationPlan.MaximumItems} 个项目。");
    public static Refusal ItemNotFound { get; } = Refusal.Define(Area, "找不到这个计划项目。");
    public static Refusal ItemCancelled { get; } = Refusal.Define(Area, "这个项目已经取消。");
    public static Refusal ItemKindFixedAfterAdoption { get; } = Refusal.Define(Area, "计划已通过，项目类别（审议、预备、调研）不能再改；需要改变的，请登记计划调整后取消并重新增加。", nameof(PlanItemDraft.Kind));
    public static Refusal DraftingBodyRequired { get; } = Refusal.Define(Area, "审议项目须写明起草单位。", nameof(PlanItemDraft.DraftingBody));
    public static Refusal ResearchKindOnlyForResearchItems { get; } = Refusal.Define(Area, "“立法调研”只用于调研项目；审议项目和预备项目请选择制定、修改、修正或废止。", nameof(PlanItemDraft.LegislationKind));
    public static Refusal DuplicateSource { get; } = Refusal.Define(Area, "来源建议重复列出了，请删去重复的一项。", nameof(PlanItemDraft.SourceSuggestionIds));

    // The record.
    public static Refusal RegulationRequired { get; } = Refusal.Define(Area, "修改、修正或废止须选择所涉及的法规。", nameof(LegislationRecordDraft.RegulationId));
    public static Refusal RegulationRepealed { get; } = Refusal.Define(Area, "所选法规已经废止，不能再修改或废止。", nameof(LegislationRecordDraft.RegulationId));
    public static Refusal KindFixedAfterReading { get; } = Refusal.Define(Area, "已经审议过的项目不能改变立法形式。", nameof(LegislationRecordDraft.Kind));
    public static Refusal ConsultationInFuture { get; } = Refusal.Define(Area, "日期不能晚于今天。", nameof(ConsultationDraft.HeldOn));
    public static Refusal MeetingRequired { get; } = Refusal.Define(Area, "请选择常委会会议。");
    public static Refusal MeetingInFuture { get; } = Refusal.Define(Area, "所选常委会会议还没有举行。");
    public static Refusal ResearchHasNoReadings { get; } = Refusal.Define(Area, "立法调研项目没有审议，请在调研结束时登记调研成果。");
    public static Refusal NoMoreReadings { get; } = Refusal.Define(Area, "已经进行了三审，不能再登记审议。");
    public static Refusal ConcludeOnlyResearch { get; } = Refusal.Define(Area, "只有立法调研项目可以登记调研结束。");
    public static Refusal DraftTextRequired { get; } = Refusal.Define(Area, "请导入或粘贴草案文本：至少要识别出一条条文。", "Text");
    public static Refusal PassedBeforeReading { get; } = Refusal.Define(Area, "表决不能早于最后一次审议。", nameof(PassDraft.MeetingId));
    public static Refusal VotesOutOfRange { get; } = Refusal.Define(Area, "票数须在 0 到 1000 之间。");
    public static Refusal ApprovedInFuture { get; } = Refusal.Define(Area, "批准日期不能晚于今天。", nameof(ApprovalDraft.ApprovedOn));
    public static Refusal ApprovedBeforeSubmission { get; } = Refusal.Define(Area, "批准日期不能早于报请批准的日期。", nameof(ApprovalDraft.ApprovedOn));
    public static Refusal PromulgatedInFuture { get; } = Refusal.Define(Area, "公布日期不能晚于今天。", nameof(PromulgationDraft.PromulgatedOn));
    public static Refusal PromulgatedBeforeApproval { get; } = Refusal.Define(Area, "公布日期不能早于批准日期：法规须经批准后才能公布。", nameof(PromulgationDraft.PromulgatedOn));
    public static Refusal EffectiveBeforePromulgation { get; } = Refusal.Define(Area, "施行日期不能早于公布日期。", nameof(PromulgationDraft.EffectiveOn));
    public static Refusal ApprovedBeforePassing { get; } = Refusal.Define(Area, "批准日期不能早于表决通过的日期。", nameof(RegulationVersionDraft.ApprovedOn));
    public static Refusal DuplicateAnnouncement { get; } = Refusal.Define(Area, "这个公告编号已经用过了，请核对。", nameof(PromulgationDraft.AnnouncementNumber));

    public static Refusal ReadingOutOfOrder(ReadingStage? next, ReadingStage given) => new(
        "Legislation.ReadingOutOfOrder",
        next is null
            ? "已经进行了三审，不能再登记审议。"
            : $"审议须依次进行：下一次应为{LegislationWorkflow.ReadingLabel(next.Value)}，不能登记{LegislationWorkflow.ReadingLabel(given)}。",
        nameof(ReadingDraft.Stage));

    public static Refusal ReadingNotAfterPrevious(ReadingStage previous) => new(
        "Legislation.ReadingNotAfterPrevious",
        $"这次审议须在{LegislationWorkflow.ReadingLabel(previous)}之后的常委会会议上进行。",
        nameof(ReadingDraft.MeetingId));

    // Text import.
    public static Refusal NothingToImport { get; } = Refusal.Define(Area, "没有可导入的文本。", "Text");
    public static Refusal TextTooLong { get; } = Refusal.Define(Area, $"文本超过 {StatuteText.MaxLines} 行，请分开导入。", "Text");

    public static Refusal LineTooLong(int line) => new("Legislation.LineTooLong", $"第{line}行超过 {StatuteText.MaxLineLength} 个字，请检查是否缺少换行。", "Text");

    // The library.
    public static Refusal FirstVersionIsEnactment { get; } = Refusal.Define(Area, "法规的第一个版本是制定时的文本。", nameof(RegulationVersionDraft.Kind));
    public static Refusal LaterVersionIsAmendment { get; } = Refusal.Define(Area, "新版本须是修改或修正后的文本。", nameof(RegulationVersionDraft.Kind));
    public static Refusal VersionNotAfterPrevious { get; } = Refusal.Define(Area, "新版本的公布日期须晚于上一个版本。", nameof(RegulationVersionDraft.PromulgatedOn));
    public static Refusal NoPendingVersion { get; } = Refusal.Define(Area, "没有尚未公开的版本。");
    public static Refusal PendingVersionExists { get; } = Refusal.Define(Area, "这部法规有一个尚未公开的版本，请先核对公开后再继续。");
    public static Refusal RepealedCannotBeAmended { get; } = Refusal.Define(Area, "这部法规已经废止，不能再登记修改。");
    public static Refusal RepealBeforeLastVersion { get; } = Refusal.Define(Area, "废止公告的日期不能早于现行版本的公布日期。", nameof(RepealDraft.PromulgatedOn));
    public static Refusal RepealEffectiveBeforePromulgation { get; } = Refusal.Define(Area, "废止生效日期不能早于公告日期。", nameof(RepealDraft.RepealedOn));

    // Filing review.
    public static Refusal KindNotOfBody { get; } = Refusal.Define(Area, "文件类别与制定机关不符：市人民政府报备政府规章和行政规范性文件，监察委员会报备监察规范性文件，法院、检察院报备司法规范性文件。", nameof(FilingDraft.Kind));
    public static Refusal DocumentPublishedInFuture { get; } = Refusal.Define(Area, "公布日期不能晚于今天。", nameof(FilingDraft.PublishedOn));
    public static Refusal DocumentPublishedAfterFiling { get; } = Refusal.Define(Area, "公布日期不能晚于报备日期。", nameof(FilingDraft.PublishedOn));
    public static Refusal ConclusionResultInvalid { get; } = Refusal.Define(Area, "审查完毕时请选择“未发现问题”或“经沟通已自行纠正”；需要纠正的，请提出纠正意见。", nameof(FilingConclusion.Result));
    public static Refusal ReplyResultInvalid { get; } = Refusal.Define(Area, "请选择制定机关是否已经纠正。", nameof(FilingReply.Result));
    public static Refusal DuplicateDocumentNumber { get; } = Refusal.Define(Area, "这个制定机关的这个文号已经登记过了。", nameof(FilingDraft.DocumentNumber));

    // Review requests.
    public static Refusal ContactInvalid { get; } = Refusal.Define(Area, "请填写正确的手机、电话号码或电子邮箱，以便告知审查结果（不会公开）。", nameof(ReviewRequestDraft.Contact));
    public static Refusal ReasonsTooShort { get; } = Refusal.Define(Area, "请具体说明建议审查的理由（至少 10 个字）。", nameof(ReviewRequestDraft.Reasons));
}
