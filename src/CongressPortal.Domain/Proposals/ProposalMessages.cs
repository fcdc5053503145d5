using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Proposals;

/// <summary>The refusals of the proposals workflow: each with a stable code (<c>Proposal.{name}</c>), its field and the Chinese message.</summary>
public static class ProposalMessages
{
    private const string Area = "Proposal";

    // P10: what the proposal led to.
    public static Refusal LinkNeedsRegistration { get; } = Refusal.Define(Area, "议案登记后才能关联监督议题。");

    // The draft.
    public static Refusal SessionRequired { get; } = Refusal.Define(Area, "请选择议案所属的会议。", nameof(ProposalDraft.SessionId));
    public static Refusal LeadDeputyRequired { get; } = Refusal.Define(Area, "代表联名提出的议案须选择领衔代表。", nameof(ProposalDraft.LeadDeputyId));
    public static Refusal DelegationRequired { get; } = Refusal.Define(Area, "代表团提出的议案须选择代表团。", nameof(ProposalDraft.DelegationId));
    public static Refusal CommitteeRequired { get; } = Refusal.Define(Area, "专门委员会提出的议案须选择专门委员会。", nameof(ProposalDraft.CommitteeId));
    public static Refusal LeadNotCoSigner { get; } = Refusal.Define(Area, "领衔代表不必再列为联名代表。", nameof(ProposalDraft.CoSignerIds));
    public static Refusal DuplicateCoSigner(string name) => new("Proposal.DuplicateCoSigner", $"联名代表“{name}”重复列出了，请删去重复的一项。", nameof(ProposalDraft.CoSignerIds));
    public static Refusal UnknownDeputy(string field) => new("Proposal.UnknownDeputy", "所选代表在代表名册中不存在，请重新选择。", field);
    public static Refusal DeputyNotServing(string name, string field) => new("Proposal.DeputyNotServing", $"{name}已不在任，不能联名提出议案。", field);
    public static Refusal DeputyOfAnotherTerm(string name, string field) => new("Proposal.DeputyOfAnotherTerm", $"{name}不是本届人大代表，不能联名本次会议的议案。", field);

    /// <summary>P1: 代表十人以上联名. The count includes the lead.</summary>
    public static Refusal TooFewSigners(int signers) => new("Proposal.TooFewSigners",
        $"代表联名提出议案须有十名以上代表联名：目前{signers}名（含领衔代表），还差{MinimumSignersGap(signers)}名。人数不足的，可以作为建议登记。",
        nameof(ProposalDraft.CoSignerIds));

    private static int MinimumSignersGap(int signers) => Math.Max(Proposal.MinimumSigners - signers, 0);

    // The session's deadline (P2).
    public static Refusal NoDeadline { get; } = Refusal.Define(Area, "本次会议尚未设定议案截止时间，请先在“议案设置”中设定。");
    public static Refusal PastDeadline(DateTimeOffset deadline) => new("Proposal.PastDeadline",
        $"本次会议的议案截止时间（{ChinaTime.FormatDateTime(deadline)}）已过，不能再作为议案提出。可以作为建议登记。");

    // Deputies online.
    public static Refusal OnlyOwnDraft { get; } = Refusal.Define(Area, "代表只能以本人为领衔代表起草议案。", nameof(ProposalDraft.LeadDeputyId));
    public static Refusal OnlyLead { get; } = Refusal.Define(Area, "只有领衔代表可以办理此项操作。");
    public static Refusal NotInvited { get; } = Refusal.Define(Area, "您未被邀请联名这件议案。");
    public static Refusal AlreadyConfirmed { get; } = Refusal.Define(Area, "您已确认联名。");
    public static Refusal AlreadyDeclined { get; } = Refusal.Define(Area, "您已谢绝联名。");
    public static Refusal OnlineOnlyForDeputies { get; } = Refusal.Define(Area, "代表在网上起草的只能是代表联名议案。", nameof(ProposalDraft.Kind));

    // Decisions.
    public static Refusal ReasonRequired { get; } = Refusal.Define(Area, "请填写决定的理由或说明。", nameof(DecisionDraft.Reason));
    public static Refusal DecidedInFuture { get; } = Refusal.Define(Area, "决定日期不能晚于今天。", nameof(DecisionDraft.DecidedOn));
    public static Refusal DecidedBeforeRegistration(DateOnly registered) => new("Proposal.DecidedBeforeRegistration",
        $"决定日期不能早于议案登记日期（{ChinaTime.FormatDate(registered)}）。", nameof(DecisionDraft.DecidedOn));
    public static Refusal CommitteeMustBeSpecial { get; } = Refusal.Define(Area, "请选择一个在用的专门委员会。", "CommitteeId");
    public static Refusal DueNotAfterDecision { get; } = Refusal.Define(Area, "审议报告的期限须晚于决定日期。", "DueOn");
    public static Refusal DueBeyondSixMonths(DateOnly latest) => new("Proposal.DueBeyondSixMonths",
        $"交专门委员会审议的议案，审议结果报告的期限最长为半年：最晚为{ChinaTime.FormatDate(latest)}（遇节假日顺延）。", "DueOn");
    public static Refusal ConversionNeedsDeputy { get; } = Refusal.Define(Area, "只有代表提出的议案可以作为建议处理。");
    public static Refusal ReportedInFuture { get; } = Refusal.Define(Area, "报告日期不能晚于今天。", "ReportedOn");
    public static Refusal ReportedBeforeDecision { get; } = Refusal.Define(Area, "报告日期不能早于主席团决定的日期。", "ReportedOn");
    public static Refusal ResultInFuture { get; } = Refusal.Define(Area, "日期不能晚于今天。", "ResultOn");
    public static Refusal ResultBeforeDecision { get; } = Refusal.Define(Area, "日期不能早于主席团决定或委员会报告的日期。", "ResultOn");
    public static Refusal WithdrawReasonRequired { get; } = Refusal.Define(Area, "请填写撤回说明。", "Reason");

    // Publication.
    public static Refusal AlreadyPublished { get; } = Refusal.Define(Area, "议案已公开。");
    public static Refusal NotPublished { get; } = Refusal.Define(Area, "议案尚未公开。");
}
