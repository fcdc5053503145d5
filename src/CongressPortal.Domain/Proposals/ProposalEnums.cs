namespace CongressPortal.Domain.Proposals;

/// <summary>Where a proposal stands (docs/workflows/proposal.md). Stored as text.</summary>
public enum ProposalStatus
{
    /// <summary>草稿（征集联名）: a deputy's online draft, co-signers invited and answering.</summary>
    Draft,

    /// <summary>已登记（待主席团决定）.</summary>
    Registered,

    /// <summary>已撤回: withdrawn by the lead deputy before the presidium decided.</summary>
    Withdrawn,

    /// <summary>列入会议议程.</summary>
    OnAgenda,

    /// <summary>交专门委员会审议: waiting for the committee's report.</summary>
    ReferredToCommittee,

    /// <summary>委员会已报告: the committee reported; the standing committee's deliberation result is next.</summary>
    CommitteeReported,

    /// <summary>不列入会议议程.</summary>
    NotOnAgenda,

    /// <summary>作为建议处理: a suggestion was registered from it and runs its own workflow.</summary>
    ConvertedToSuggestion,

    /// <summary>已办结: the session's decision or the standing committee's deliberation result is recorded.</summary>
    Concluded,
}

/// <summary>Every action on a proposal. Each is one method of <see cref="Proposal"/>.</summary>
public enum ProposalAction
{
    /// <summary><see cref="Proposal.EditDraft"/>: the lead changes the text or the invited co-signers.</summary>
    EditDraft,

    /// <summary><see cref="Proposal.ConfirmSigning"/>: an invited co-signer signs.</summary>
    ConfirmSigning,

    /// <summary><see cref="Proposal.DeclineSigning"/>: an invited co-signer declines.</summary>
    DeclineSigning,

    /// <summary><see cref="Proposal.Submit"/>: the lead submits the draft once enough deputies have signed.</summary>
    Submit,

    /// <summary><see cref="Proposal.Edit"/>: staff correct a registered proposal.</summary>
    Edit,

    Withdraw,
    PutOnAgenda,
    ReferToCommittee,
    LeaveOffAgenda,
    ConvertToSuggestion,
    RecordCommitteeReport,
    RecordResult,
    Publish,
    Unpublish,
    AddAttachment,
}

/// <summary>Who may propose (地方组织法第二十二条): the congress's bodies, or ten or more deputies jointly.</summary>
public enum ProposerKind
{
    /// <summary>代表十人以上联名.</summary>
    Deputies,

    /// <summary>代表团.</summary>
    Delegation,

    /// <summary>大会主席团.</summary>
    Presidium,

    /// <summary>常务委员会.</summary>
    StandingCommittee,

    /// <summary>专门委员会.</summary>
    SpecialCommittee,

    /// <summary>人民政府.</summary>
    Government,
}

public enum ProposalSignerRole
{
    /// <summary>领衔代表.</summary>
    Lead,

    /// <summary>联名（附议）代表.</summary>
    CoSigner,
}

/// <summary>A co-signer's answer to the lead's invitation. The lead and paper signatures count as confirmed.</summary>
public enum ProposalSignerState
{
    Invited,
    Confirmed,
    Declined,
}

public enum ProposalEventKind
{
    Drafted,
    DraftEdited,
    SigningConfirmed,
    SigningDeclined,
    Submitted,
    Registered,
    RecordedAsSuggestion,
    Edited,
    Withdrawn,
    PutOnAgenda,
    ReferredToCommittee,
    LeftOffAgenda,
    ConvertedToSuggestion,
    CommitteeReported,
    ResultRecorded,
    Published,
    Unpublished,
    AttachmentAdded,
    SupervisionTopicLinked,
    LegislationItemLinked,
}

/// <summary>
/// What the presidium decided, as lists and the session's paperwork name it: a referred proposal stays referred after the
/// committee's report and the result, one on the agenda stays on the agenda once concluded (<see cref="ProposalWorkflow.DecisionOf"/>).
/// </summary>
public enum ProposalDecision
{
    OnAgenda,
    ReferredToCommittee,
    NotOnAgenda,
    ConvertedToSuggestion,
    Withdrawn,
    Pending,
}
