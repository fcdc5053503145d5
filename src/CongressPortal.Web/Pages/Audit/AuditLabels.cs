using System.Globalization;
using System.Text.Json;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CongressPortal.Web.Pages.Audit;

/// <summary>How the audit log reads for an auditor: Chinese names for entity types, fields and actions, and the changes as rows.</summary>
public static partial class AuditLabels
{
    private static readonly Dictionary<string, string> EntityNames = new(StringComparer.Ordinal)
    {
        ["AppUser"] = "账号",
        ["AuditEntry"] = "审计日志",
        ["UserSession"] = "登录会话",
        ["PasswordHistoryEntry"] = "历史密码",
        ["IdentityRole"] = "角色",
        ["IdentityUserRole<string>"] = "账号角色",
        ["IdentityUserClaim<string>"] = "账号声明",
        ["IdentityUserLogin<string>"] = "外部登录",
        ["IdentityUserToken<string>"] = "账号令牌",
        ["IdentityRoleClaim<string>"] = "角色声明",
        ["Term"] = "届次",
        ["CongressSession"] = "人代会会议",
        ["StandingCommitteeMeeting"] = "常委会会议",
        ["Committee"] = "委员会",
        ["HandlingUnit"] = "承办单位",
        ["AdministrativeArea"] = "行政区划",
        ["SuggestionCategory"] = "建议类别",
        ["CalendarDay"] = "工作日历",
        ["Deputy"] = "人大代表",
        ["DeputyStatusChange"] = "代表状态变更",
        ["DeputyPhoto"] = "代表照片",
        ["Delegation"] = "代表团",
        ["DeputyGroup"] = "代表小组",
        ["PerformanceEvent"] = "履职活动",
        ["PerformanceEventParticipant"] = "履职活动参加代表",
        ["LiaisonStation"] = "代表联络站",
        ["StationMember"] = "进站代表",
        ["ReceptionSchedule"] = "接待日安排",
        ["Reception"] = "接待记录",
        ["ReceptionDeputy"] = "接待代表",
        ["ReceptionVisitor"] = "来访群众",
        ["ReceptionIssue"] = "反映事项",
        ["Suggestion"] = "代表建议",
        ["SuggestionDeputy"] = "建议代表",
        ["SuggestionAssignment"] = "建议交办",
        ["SuggestionContact"] = "联系代表记录",
        ["SuggestionOpinion"] = "协办意见",
        ["SuggestionReply"] = "建议答复",
        ["SuggestionCommitment"] = "承诺事项",
        ["CommitmentUpdate"] = "承诺事项进展",
        ["SuggestionEvent"] = "办理过程",
        ["SuggestionAttachment"] = "建议附件",
        ["SuggestionTheme"] = "打捆督办主题",
        ["HandlingReportRelease"] = "建议办理情况报告（公开）",
        ["SuggestionNumberCounter"] = "建议编号计数",
        ["SuggestionSettings"] = "建议办理设置",
        ["ReplyClassification"] = "答复分类",
        ["StoredFile"] = "上传文件",
        ["Proposal"] = "议案",
        ["ProposalSigner"] = "议案联名代表",
        ["ProposalEvent"] = "议案办理过程",
        ["ProposalAttachment"] = "议案附件",
        ["SupervisionPlan"] = "年度监督工作计划",
        ["SupervisionPlanAmendment"] = "监督计划调整",
        ["SupervisionTopic"] = "监督议题",
        ["SupervisionTopicDeputy"] = "监督议题参加代表",
        ["SupervisionTopicSuggestion"] = "监督议题来源建议",
        ["SupervisionTopicIssue"] = "监督议题来源接待事项",
        ["SupervisionActivity"] = "监督会前活动",
        ["SupervisionInquiry"] = "专题询问问答",
        ["SupervisionProblem"] = "问题清单",
        ["SupervisionReportRound"] = "研究处理情况报告",
        ["SupervisionReportEntry"] = "问题整改情况",
        ["SupervisionFollowUp"] = "回头看",
        ["SupervisionEvent"] = "监督议题办理过程",
        ["SupervisionSettings"] = "监督工作设置",
        ["LegislationPlan"] = "立法规划、立法计划",
        ["LegislationPlanAmendment"] = "立法计划调整",
        ["LegislationPlanItem"] = "立法计划项目",
        ["LegislationPlanItemSuggestion"] = "立法计划项目来源建议",
        ["LegislationRecord"] = "立法项目",
        ["LegislationReading"] = "法规草案审议",
        ["LegislationConsultation"] = "立法听证会、论证会",
        ["LegislationEvent"] = "立法项目进程",
        ["Regulation"] = "法规",
        ["RegulationVersion"] = "法规版本",
        ["NormativeDocumentFiling"] = "备案规范性文件",
        ["ReviewRequest"] = "审查建议",
        ["OpenDraft"] = "法规草案征求意见",
        ["DraftDeadlineChange"] = "征求意见期限变更",
        ["DraftArticleNote"] = "意见采纳情况（条文）",
        ["DraftComment"] = "草案意见",
        ["DraftCommentTally"] = "草案意见计数",
        ["LegislativeContactPoint"] = "基层立法联系点",
        ["WorkReport"] = "常委会工作报告",
        ["WorkReportVersion"] = "工作报告发布版本",
        ["KeyFigure"] = "工作报告主要数据",
        ["DeputyContactSharing"] = "代表联系方式公开设置",
        ["Notice"] = "通知公告",
        ["NoticeAttachment"] = "通知公告附件",
        ["AssignmentProposal"] = "交办推荐记录",
        ["SuggestionImportBatch"] = "建议导入批次",
        ["SuggestionReplyRevision"] = "答复修改记录",
        ["SuggestionTally"] = "建议统计计数",
        ["Reminder"] = "提醒",
        ["Notification"] = "站内通知",
        ["OutboxMessage"] = "待发邮件",
    };

    public static string EntityName(string type) => EntityNames.GetValueOrDefault(type, type);

    /// <summary>Whether the entity type has a Chinese name (the convention test asks for every audited type).</summary>
    public static bool HasEntityName(string type) => EntityNames.ContainsKey(type);

    /// <summary>The Chinese label of a field of an entity type: "Entity.Field" first, then the field alone; the field's own name if neither.</summary>
    public static string FieldName(string entityType, string field) =>
        FieldNames.GetValueOrDefault(entityType + "." + field) ?? FieldNames.GetValueOrDefault(field, field);

    /// <summary>Whether a field has a Chinese label (the convention test asks for every audited property).</summary>
    public static bool HasFieldName(string entityType, string field) =>
        FieldNames.ContainsKey(entityType + "." + field) || FieldNames.ContainsKey(field);

    public static string ActionName(AuditAction action) => action switch
    {
        AuditAction.Created => "新增",
        AuditAction.Updated => "修改",
        AuditAction.Deleted => "删除",
        AuditAction.SignedIn => "登录",
        AuditAction.SignInFailed => "登录失败",
        AuditAction.LockedOut => "账号锁定",
        AuditAction.SignedOut => "退出登录",
        AuditAction.TwoFactorEnrolled => "启用两步验证",
        AuditAction.RecoveryCodesRegenerated => "重新生成恢复码",
        AuditAction.RecoveryCodeUsed => "使用恢复码",
        AuditAction.TwoFactorReset => "重置两步验证",
        AuditAction.Archived => "审计日志归档",
        _ => action.ToString(),
    };

    /// <summary>Sign-in events describe what happened (原因：密码错误), not a value changed from one thing to another.</summary>
    public static bool IsEvent(AuditAction action) => action is AuditAction.SignedIn or AuditAction.SignInFailed or AuditAction.LockedOut or AuditAction.SignedOut
        or AuditAction.TwoFactorEnrolled or AuditAction.RecoveryCodesRegenerated or AuditAction.RecoveryCodeUsed or AuditAction.TwoFactorReset
        or AuditAction.Archived;

    /// <summary>
    /// The entity types that can appear in the log, named as <see cref="AuditInterceptor"/> names them
    /// (CLR name; the generic display name for Identity's join types). Read from the model, not from
    /// a DISTINCT over the log, which on a large table would scan it all.
    /// </summary>
    public static IReadOnlyList<string> AuditedTypes(IModel model) =>
        model.GetEntityTypes()
            .Where(t => !AuditInterceptor.NotAudited.Contains(t.ClrType))
            .Select(t => t.ClrType.IsGenericType ? t.DisplayName() : t.ClrType.Name)
            .Distinct()
            .OrderBy(EntityName, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// One changed field: its name, label, and the value before and after as the auditor reads them (null where there was
    /// none); <see cref="OldRaw"/>/<see cref="NewRaw"/> keep the stored value where it was replaced by a name.
    /// </summary>
    public sealed record FieldChange(string Field, string Label, string? Old, string? New, string? OldRaw = null, string? NewRaw = null);

    /// <summary>
    /// Reads the changes JSON ({"Field":{"Old":…,"New":…}}). Columns that are never recorded any more (stamps, counters)
    /// are left out of older rows too.
    /// </summary>
    public static IReadOnlyList<FieldChange> Changes(string entityType, string json)
    {
        var changes = new List<FieldChange>();
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return changes;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (AuditInterceptor.NeverRecorded.Contains(property.Name)) continue;
            changes.Add(new FieldChange(property.Name, FieldName(entityType, property.Name), Read(property.Value, "Old"), Read(property.Value, "New")));
        }
        return changes;
    }

    private static string? Read(JsonElement change, string name)
    {
        if (change.ValueKind != JsonValueKind.Object) return null;
        if (!change.TryGetProperty(name, out var value) && !change.TryGetProperty(name.ToLowerInvariant(), out value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => Readable(value.GetString()!),
            _ => value.GetRawText(),
        };
    }

    /// <summary>The interceptor writes instants as ISO 8601 UTC and booleans as True/False; the auditor reads Beijing time and 是/否.</summary>
    private static string Readable(string value)
    {
        if (value == bool.TrueString) return "是";
        if (value == bool.FalseString) return "否";
        if (value.Length >= 20 && value[4] == '-' && value[10] == 'T'
            && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return Time(instant);
        }
        return value;
    }

    /// <summary>Values longer than this (report bodies, article texts as JSON) show their start and open on request.</summary>
    public const int LongValue = 160;

    /// <summary>The most of a long value the page carries: the whole value stays in the stored row.</summary>
    public const int MaxShown = 4000;

    /// <summary>A long key (a GUID) shortened for the table; the whole key goes in its title.</summary>
    public static string ShortKey(string key) => key.Length > 13 ? key[..8] + "…" : key;

    /// <summary>Beijing date and time to the second: the log is evidence, minutes are too coarse.</summary>
    public static string Time(DateTimeOffset instant) =>
        Display.Date(instant) + " " + ChinaTime.ToLocal(instant).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
