using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Proposals;

/// <summary>
/// What staff register from a paper proposal, or what a deputy writes online. <see cref="LeadDeputyId"/> and
/// <see cref="CoSignerIds"/> are for deputies' proposals (and optionally a delegation's); <see cref="DelegationId"/> names
/// the delegation and <see cref="CommitteeId"/> the special committee when they propose.
/// </summary>
public sealed record ProposalDraft(
    int SessionId,
    ProposerKind Kind,
    int? LeadDeputyId,
    IReadOnlyList<int> CoSignerIds,
    int? DelegationId,
    int? CommitteeId,
    string Subject,
    string Grounds,
    string Solution);

/// <summary>What the domain needs to know of a deputy named on a proposal, read from the registry.</summary>
public sealed record ProposalDeputy(int Id, string Name, int? TermId, bool IsServing);

/// <summary>
/// The session a proposal belongs to, with its proposal rules (the deadline and the numbering pattern staff set per
/// session), and the deputies the draft names, looked up in the registry.
/// </summary>
public sealed record ProposalContext(
    int SessionId,
    int TermId,
    int TermNumber,
    int SessionNumber,
    int Year,
    DateTimeOffset? Deadline,
    string NumberPattern,
    IReadOnlyDictionary<int, ProposalDeputy> Deputies)
{
    public const string DefaultNumberPattern = "{term}届{session}次会议议案第{NN}号";

    /// <summary>The proposal number for <paramref name="sequence"/>: {term}, {session}, {year}, {NN…} as for suggestions.</summary>
    public string Number(int sequence) => Suggestions.SuggestionNumbering.Format(NumberPattern, TermNumber, SessionNumber, Year, sequence);

    /// <summary>The counter scope: numbers are per session and never reused.</summary>
    public string Scope => ScopeOf(SessionId);

    public static string ScopeOf(int sessionId) => $"proposal:{sessionId}";
}

/// <summary>The presidium's decision as staff record it: the day the presidium decided and why.</summary>
public sealed record DecisionDraft(DateOnly DecidedOn, string Reason);

/// <summary>A deputy on a proposal: the lead, or a co-signer with their answer to the invitation.</summary>
public sealed class ProposalSigner
{
    private ProposalSigner() { }

    internal ProposalSigner(int deputyId, ProposalSignerRole role, ProposalSignerState state, int order, DateTimeOffset? answeredAt)
    {
        DeputyId = deputyId;
        Role = role;
        State = state;
        Order = order;
        AnsweredAt = answeredAt;
    }

    public int ProposalId { get; private set; }
    public int DeputyId { get; private set; }
    public ProposalSignerRole Role { get; private set; }
    public ProposalSignerState State { get; private set; }
    public int Order { get; private set; }

    /// <summary>When the co-signer answered in the portal (server time); for paper signatures, when staff registered them.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Who counts as having signed: the lead and confirmed co-signers. Queries (public lists, counts) use the same rule.</summary>
    public static Expression<Func<ProposalSigner, bool>> HasSignedRule { get; } = s => s.State == ProposalSignerState.Confirmed;

    private static readonly Func<ProposalSigner, bool> SignedRule = HasSignedRule.Compile();

    public bool HasSigned => SignedRule(this);

    internal void Answer(ProposalSignerState state, DateTimeOffset at)
    {
        State = state;
        AnsweredAt = at.ToUniversalTime();
    }
}

public sealed class ProposalEvent
{
    private ProposalEvent() { }

    internal ProposalEvent(ProposalEventKind kind, DateTimeOffset at, Actor actor, string? detail)
    {
        Kind = kind;
        At = at;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail;
    }

    public int Id { get; private set; }
    public int ProposalId { get; private set; }
    public ProposalEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";
    public string ActorRole { get; private set; } = "";
    public string? Detail { get; private set; }
}

/// <summary>A file attached to the proposal (the signed paper form, supporting material).</summary>
public sealed class ProposalAttachment
{
    private ProposalAttachment() { }

    internal ProposalAttachment(int fileId, string fileName)
    {
        FileId = fileId;
        FileName = fileName;
    }

    public int ProposalId { get; private set; }
    public int FileId { get; private set; }
    public string FileName { get; private set; } = "";
}
