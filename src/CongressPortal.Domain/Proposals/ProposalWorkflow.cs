using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using static CongressPortal.Domain.Proposals.ProposalAction;
using S = CongressPortal.Domain.Proposals.ProposalStatus;

namespace CongressPortal.Domain.Proposals;

/// <summary>
/// The transition table of a proposal (docs/workflows/proposal.md). Deputies draft and sign online; staff register
/// paper proposals, record the presidium's decision and what followed, and publish. <see cref="Proposal"/>'s guards add
/// what the table cannot say: which deputy (the lead, an invited co-signer), the session's deadline, ten signatures.
/// </summary>
public static class ProposalWorkflow
{
    /// <summary>Registered and after: what the public may read once staff publish it.</summary>
    private static readonly S[] Registered =
        [S.Registered, S.Withdrawn, S.OnAgenda, S.ReferredToCommittee, S.CommitteeReported, S.NotOnAgenda, S.ConvertedToSuggestion, S.Concluded];

    /// <summary>States in which staff may still add material (not once the matter has ended elsewhere).</summary>
    private static readonly S[] Open = [S.Registered, S.OnAgenda, S.ReferredToCommittee, S.CommitteeReported];

    public static WorkflowTable<S, ProposalAction> Table { get; } =
        new WorkflowTable<S, ProposalAction>("议案", StatusLabel, ActionLabel)
            .Allow(Deputy, EditDraft, S.Draft)
            .Allow(Deputy, ConfirmSigning, S.Draft)
            .Allow(Deputy, DeclineSigning, S.Draft)
            .Allow(Deputy, Submit, S.Draft, S.Registered, "十名以上代表已确认联名，截止时间之前")
            .Allow(Deputy, Withdraw, [S.Draft, S.Registered], S.Withdrawn)
            .Allow(Deputy, AddAttachment, S.Draft)
            .Allow(Staff, Edit, S.Registered)
            .Allow(Staff, Withdraw, S.Registered, S.Withdrawn)
            .Allow(Staff, PutOnAgenda, S.Registered, S.OnAgenda)
            .Allow(Staff, ReferToCommittee, S.Registered, S.ReferredToCommittee)
            .Allow(Staff, LeaveOffAgenda, S.Registered, S.NotOnAgenda)
            .Allow(Staff, ConvertToSuggestion, S.Registered, S.ConvertedToSuggestion)
            .Allow(Staff, RecordCommitteeReport, S.ReferredToCommittee, S.CommitteeReported)
            .Allow(Staff, RecordResult, [S.OnAgenda, S.CommitteeReported], S.Concluded)
            .Allow(Staff, Publish, Registered)
            .Allow(Staff, Unpublish, Registered)
            .Allow(Staff, AddAttachment, Open);

    public static string StatusLabel(S status) => status switch
    {
        S.Draft => "征集联名",
        S.Registered => "待主席团决定",
        S.Withdrawn => "已撤回",
        S.OnAgenda => "列入会议议程",
        S.ReferredToCommittee => "交专门委员会审议",
        S.CommitteeReported => "委员会已报告",
        S.NotOnAgenda => "不列入会议议程",
        S.ConvertedToSuggestion => "作为建议处理",
        S.Concluded => "已办结",
        _ => status.ToString(),
    };

    public static string ActionLabel(ProposalAction action) => action switch
    {
        EditDraft => "修改草稿",
        ConfirmSigning => "确认联名",
        DeclineSigning => "谢绝联名",
        Submit => "提交议案",
        Edit => "修改议案",
        Withdraw => "撤回议案",
        PutOnAgenda => "列入会议议程",
        ReferToCommittee => "交专门委员会审议",
        LeaveOffAgenda => "不列入会议议程",
        ConvertToSuggestion => "作为建议处理",
        RecordCommitteeReport => "登记委员会审议结果报告",
        RecordResult => "登记审议结果",
        Publish => "公开",
        Unpublish => "撤销公开",
        AddAttachment => "添加附件",
        _ => action.ToString(),
    };

    public static string KindLabel(ProposerKind kind) => kind switch
    {
        ProposerKind.Deputies => "代表联名",
        ProposerKind.Delegation => "代表团",
        ProposerKind.Presidium => "大会主席团",
        ProposerKind.StandingCommittee => "常务委员会",
        ProposerKind.SpecialCommittee => "专门委员会",
        ProposerKind.Government => "市人民政府",
        _ => kind.ToString(),
    };

    public static string SignerStateLabel(ProposalSignerState state) => state switch
    {
        ProposalSignerState.Invited => "待确认",
        ProposalSignerState.Confirmed => "已确认",
        ProposalSignerState.Declined => "已谢绝",
        _ => state.ToString(),
    };

    /// <summary>The decision a status stands for: a concluded proposal was referred when it names a committee, otherwise on the agenda.</summary>
    public static ProposalDecision DecisionOf(S status, int? referredCommitteeId) => status switch
    {
        S.OnAgenda => ProposalDecision.OnAgenda,
        S.ReferredToCommittee or S.CommitteeReported => ProposalDecision.ReferredToCommittee,
        S.Concluded => referredCommitteeId is null ? ProposalDecision.OnAgenda : ProposalDecision.ReferredToCommittee,
        S.NotOnAgenda => ProposalDecision.NotOnAgenda,
        S.ConvertedToSuggestion => ProposalDecision.ConvertedToSuggestion,
        S.Withdrawn => ProposalDecision.Withdrawn,
        _ => ProposalDecision.Pending,
    };

    public static string DecisionLabel(ProposalDecision decision) => decision switch
    {
        ProposalDecision.OnAgenda => ActionLabel(PutOnAgenda),
        ProposalDecision.ReferredToCommittee => ActionLabel(ReferToCommittee),
        ProposalDecision.NotOnAgenda => StatusLabel(S.NotOnAgenda),
        ProposalDecision.ConvertedToSuggestion => ActionLabel(ConvertToSuggestion),
        ProposalDecision.Withdrawn => "撤回",
        _ => StatusLabel(S.Registered),
    };

    /// <summary>The presidium's decision in words, or null before it decided (and for a withdrawn proposal, which it never decided).</summary>
    public static string? PresidiumDecision(S status, int? referredCommitteeId) =>
        DecisionOf(status, referredCommitteeId) is ProposalDecision.Pending or ProposalDecision.Withdrawn ? null : DecisionLabel(DecisionOf(status, referredCommitteeId));
}
