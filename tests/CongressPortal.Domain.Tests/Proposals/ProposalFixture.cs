using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;

namespace CongressPortal.Domain.Tests.Proposals;

/// <summary>
/// Proposals of the fifth session of the sixteenth congress (term id 16, session id 5), built through the domain as
/// deputies and staff would. Deputies 1–20 serve in the term; 30 has resigned; 40 belongs to another term. The session's
/// deadline is 12 January 2026 12:00 Beijing time; "now" is 10 January 09:00.
/// </summary>
internal static class ProposalFixture
{
    public const int SessionId = 5;
    public const int Resigned = 30;
    public const int OtherTerm = 40;

    public static readonly DateTimeOffset Now = new(2026, 1, 10, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = new(2026, 1, 12, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 1, 10);

    public static readonly Actor Staff = Actor.Staff("议案组 李明");

    public static Actor Deputy(int id) => Actor.Deputy(id, $"代表{id}");

    public static ProposalContext Context(DateTimeOffset? deadline = null, bool noDeadline = false)
    {
        var deputies = Enumerable.Range(1, 20).Select(id => new ProposalDeputy(id, $"代表{id}", 16, true))
            .Append(new ProposalDeputy(Resigned, "代表三十", 16, false))
            .Append(new ProposalDeputy(OtherTerm, "代表四十", 15, true))
            .ToDictionary(d => d.Id);
        return new ProposalContext(SessionId, 16, 16, 5, 2026, noDeadline ? null : deadline ?? Deadline, ProposalContext.DefaultNumberPattern, deputies);
    }

    /// <summary>A deputies' proposal led by deputy 1 with co-signers 2..(1 + coSigners).</summary>
    public static ProposalDraft NewDraft(int coSigners = 9, string subject = "关于制定《示例市城市供水条例》的议案") =>
        new(SessionId, ProposerKind.Deputies, 1, Enumerable.Range(2, coSigners).ToList(), null, null, subject,
            "我市供水管网老化，二次供水管理主体不明确，现行规章层级较低。", "建议市人大常委会将供水条例列入立法计划，明确二次供水设施的管理责任。");

    public static Proposal RegisteredProposal(int coSigners = 9) => Proposal.Register(NewDraft(coSigners), Context(), 1, Staff, Now);

    /// <summary>Deputy 1's online draft: co-signers 2–11 invited, 2–10 confirmed (ten signatures with the lead), 11 still invited.</summary>
    public static Proposal OnlineDraft(int confirmed = 9)
    {
        var proposal = Proposal.StartDraft(NewDraft(10), Context(), Deputy(1), Now);
        foreach (var id in Enumerable.Range(2, confirmed)) proposal.ConfirmSigning(Deputy(id), Now, Deadline);
        return proposal;
    }

    public static DecisionDraft Decision(string reason = "经主席团第二次会议审议决定") => new(Today, reason);

    public static Committee SpecialCommittee() => Committee.Create("法制委员会", null, CommitteeKind.Special, 1);

    public static Proposal InStatus(ProposalStatus status)
    {
        if (status == ProposalStatus.Draft) return OnlineDraft();
        var proposal = RegisteredProposal();
        switch (status)
        {
            case ProposalStatus.Registered:
                break;
            case ProposalStatus.Withdrawn:
                proposal.Withdraw("领衔代表书面申请撤回", Staff, Now);
                break;
            case ProposalStatus.OnAgenda:
                proposal.PutOnAgenda(Decision(), Staff, Now);
                break;
            case ProposalStatus.ReferredToCommittee:
                Refer(proposal);
                break;
            case ProposalStatus.CommitteeReported:
                Refer(proposal);
                proposal.RecordCommitteeReport(Today, "法制委员会审议认为，该议案提出的问题确实存在……", Staff, Now);
                break;
            case ProposalStatus.NotOnAgenda:
                proposal.LeaveOffAgenda(Decision("不属于市人民代表大会职权范围"), Staff, Now);
                break;
            case ProposalStatus.ConvertedToSuggestion:
                proposal.ConvertToSuggestion(Decision("内容属于具体工作事项，作为建议处理"), 99, Staff, Now);
                break;
            case ProposalStatus.Concluded:
                proposal.PutOnAgenda(Decision(), Staff, Now);
                proposal.RecordResult(Today, "大会通过关于……的决议", null, Staff, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
        return proposal;
    }

    public static void Refer(Proposal proposal) =>
        proposal.ReferToCommittee(Decision(), SpecialCommittee(), Today.AddMonths(3), WorkingDayCalendar.WeekdaysOnly, Staff, Now);
}
