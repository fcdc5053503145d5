using CongressPortal.Domain.Proposals;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How proposal states look in lists and on record pages (the labels are the workflow's).</summary>
public static class ProposalDisplay
{
    public static string Badge(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "text-bg-light",
        ProposalStatus.Registered => "text-bg-warning",
        ProposalStatus.OnAgenda or ProposalStatus.ReferredToCommittee or ProposalStatus.CommitteeReported => "text-bg-primary",
        ProposalStatus.Concluded => "text-bg-success",
        _ => "text-bg-secondary",
    };

    /// <summary>The words for a step in a proposal's timeline, for staff and deputies alike.</summary>
    public static string EventLabel(ProposalEventKind kind) => kind switch
    {
        ProposalEventKind.Drafted => "起草",
        ProposalEventKind.DraftEdited => "修改草稿",
        ProposalEventKind.SigningConfirmed => "确认联名",
        ProposalEventKind.SigningDeclined => "谢绝联名",
        ProposalEventKind.Submitted => "提交并登记",
        ProposalEventKind.Registered => "登记",
        ProposalEventKind.RecordedAsSuggestion => "作为建议登记",
        ProposalEventKind.Edited => "修改登记信息",
        ProposalEventKind.Withdrawn => "撤回",
        ProposalEventKind.PutOnAgenda => "主席团决定：列入会议议程",
        ProposalEventKind.ReferredToCommittee => "主席团决定：交专门委员会审议",
        ProposalEventKind.LeftOffAgenda => "主席团决定：不列入会议议程",
        ProposalEventKind.ConvertedToSuggestion => "主席团决定：作为建议处理",
        ProposalEventKind.CommitteeReported => "专门委员会报告审议结果",
        ProposalEventKind.ResultRecorded => "审议结果",
        ProposalEventKind.Published => "公开",
        ProposalEventKind.Unpublished => "撤销公开",
        ProposalEventKind.AttachmentAdded => "添加附件",
        ProposalEventKind.SupervisionTopicLinked => "关联监督议题",
        ProposalEventKind.LegislationItemLinked => "关联立法计划项目",
        _ => kind.ToString(),
    };
}
