using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// The deadlines of filing review (备案审查, docs/domain/legislation.md L12–L16, ADR 0017): periods in 日 are calendar
/// days, as Chinese law counts them, and a period that ends on a rest day ends on the next working day. Filed within
/// 30 days of publication; format check within 10 days of filing; review within 3 months of filing; a reply to a
/// correction opinion within 30 days.
/// </summary>
public static class FilingDeadlines
{
    public const int FilingDays = 30;
    public const int FormatCheckDays = 10;
    public const int ReviewMonths = 3;
    public const int ReplyDays = 30;

    public static DateOnly FilingDueOn(DateOnly publishedOn, WorkingDayCalendar calendar) => End(publishedOn.AddDays(FilingDays), calendar);

    public static DateOnly FormatCheckDueOn(DateOnly filedOn, WorkingDayCalendar calendar) => End(filedOn.AddDays(FormatCheckDays), calendar);

    public static DateOnly ReviewDueOn(DateOnly filedOn, WorkingDayCalendar calendar) => End(filedOn.AddMonths(ReviewMonths), calendar);

    public static DateOnly ReplyDueOn(DateOnly sentOn, WorkingDayCalendar calendar) => End(sentOn.AddDays(ReplyDays), calendar);

    private static DateOnly End(DateOnly date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(date);
    }
}

/// <summary>
/// A normative document filed with the standing committee (报备的规范性文件) and its review. The filing date is the
/// server's date of registration, so lateness (more than 30 days after publication) cannot be typed away; the format
/// check, the review, the correction opinion and the reply are dated by the server too.
/// </summary>
public sealed class NormativeDocumentFiling
{
    private NormativeDocumentFiling() { }

    public int Id { get; private set; }
    public FilingBody Body { get; private set; }
    public NormativeDocumentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
    public string? Summary { get; private set; }
    public FilingStatus Status { get; private set; }

    /// <summary>The day of registration (server date).</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>The last day to file: 30 days after publication.</summary>
    public DateOnly FilingDueOn { get; private set; }
    public bool IsLate { get; private set; }
    public DateOnly FormatCheckDueOn { get; private set; }
    public DateOnly? FormatCheckedOn { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateOnly ReviewDueOn { get; private set; }
    public DateOnly? ReviewedOn { get; private set; }
    public string? ReviewOpinion { get; private set; }
    public string? CorrectionOpinion { get; private set; }
    public DateOnly? CorrectionSentOn { get; private set; }
    public DateOnly? ReplyDueOn { get; private set; }
    public DateOnly? ReplyReceivedOn { get; private set; }
    public string? ReplyText { get; private set; }
    public FilingReviewResult? Result { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The deadline running now and its kind, for lists and the dashboard; null when none runs.</summary>
    public DateOnly? CurrentDueOn => Status switch
    {
        FilingStatus.Registered => FormatCheckDueOn,
        FilingStatus.UnderReview => ReviewDueOn,
        FilingStatus.CorrectionRequested => ReplyDueOn,
        _ => null,
    };

    public static NormativeDocumentFiling Register(FilingDraft draft, Actor actor, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole("登记备案文件", PortalRole.DisplayName(PortalRole.Staff)).ToException();
        var filing = new NormativeDocumentFiling { Status = FilingStatus.Registered, CreatedAt = now.ToUniversalTime() };
        filing.FiledOn = ChinaTime.Today(now);
        filing.Apply(draft, now, calendar);
        filing.FormatCheckDueOn = FilingDeadlines.FormatCheckDueOn(filing.FiledOn, calendar);
        filing.ReviewDueOn = FilingDeadlines.ReviewDueOn(filing.FiledOn, calendar);
        return filing;
    }

    /// <summary>Corrects the registration; the filing date stays the day it was registered.</summary>
    public void Edit(FilingDraft draft, Actor actor, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Require(FilingAction.Edit, actor);
        Apply(draft, now, calendar);
        Move(FilingAction.Edit, actor, Status);
    }

    public void CheckFormat(Actor actor, DateTimeOffset now)
    {
        Require(FilingAction.CheckFormat, actor);
        FormatCheckedOn = ChinaTime.Today(now);
        Move(FilingAction.CheckFormat, actor, FilingStatus.UnderReview);
        UpdatedAt = now.ToUniversalTime();
    }

    public void ReturnForCompletion(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(FilingAction.ReturnForCompletion, actor);
        ReturnReason = Text.Required(reason, "Reason", "退回补正的理由", 2000);
        ReturnedOn = ChinaTime.Today(now);
        Move(FilingAction.ReturnForCompletion, actor, FilingStatus.Returned);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>The body sent the filing again, complete: the format check and the review run again from today.</summary>
    public void Resubmit(Actor actor, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Require(FilingAction.Resubmit, actor);
        var today = ChinaTime.Today(now);
        FormatCheckDueOn = FilingDeadlines.FormatCheckDueOn(today, calendar);
        ReviewDueOn = FilingDeadlines.ReviewDueOn(today, calendar);
        Move(FilingAction.Resubmit, actor, FilingStatus.Registered);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>The review ends without a correction opinion: nothing found, or the body corrected the document after contact.</summary>
    public void ConcludeReview(FilingConclusion conclusion, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        Require(FilingAction.ConcludeReview, actor);
        if (conclusion.Result is not (FilingReviewResult.NoProblem or FilingReviewResult.CorrectedAfterContact))
            throw LegislationMessages.ConclusionResultInvalid.ToException();
        ReviewOpinion = Text.Required(conclusion.Opinion, nameof(FilingConclusion.Opinion), "审查意见", 4000);
        Result = conclusion.Result;
        ReviewedOn = ClosedOn = ChinaTime.Today(now);
        Move(FilingAction.ConcludeReview, actor, FilingStatus.Closed);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>纠正意见 sent today: the body replies within 30 days.</summary>
    public void RequestCorrection(string? opinion, Actor actor, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Require(FilingAction.RequestCorrection, actor);
        CorrectionOpinion = Text.Required(opinion, "Opinion", "纠正意见", 4000);
        ReviewedOn = CorrectionSentOn = ChinaTime.Today(now);
        ReplyDueOn = FilingDeadlines.ReplyDueOn(CorrectionSentOn.Value, calendar);
        Move(FilingAction.RequestCorrection, actor, FilingStatus.CorrectionRequested);
        UpdatedAt = now.ToUniversalTime();
    }

    public void RecordReply(FilingReply reply, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Require(FilingAction.RecordReply, actor);
        if (reply.Result is not (FilingReviewResult.Corrected or FilingReviewResult.NotCorrected)) throw LegislationMessages.ReplyResultInvalid.ToException();
        ReplyText = Text.Required(reply.ReplyText, nameof(FilingReply.ReplyText), "回复内容", 4000);
        Result = reply.Result;
        ReplyReceivedOn = ClosedOn = ChinaTime.Today(now);
        Move(FilingAction.RecordReply, actor, FilingStatus.Closed);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Whether the deadline running now has passed on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => CurrentDueOn is { } due && today > due;

    public AvailableActions<FilingAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<FilingAction>().Select(a => new ActionCheck<FilingAction>(a, Check(a, actor))));

    public Refusal? Check(FilingAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return FilingWorkflow.Table.Check(Status, action, actor.Role);
    }

    private void Apply(FilingDraft draft, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!Allowed(draft.Body, draft.Kind)) throw LegislationMessages.KindNotOfBody.ToException();
        if (draft.PublishedOn > ChinaTime.Today(now)) throw LegislationMessages.DocumentPublishedInFuture.ToException();
        if (draft.PublishedOn > FiledOn) throw LegislationMessages.DocumentPublishedAfterFiling.ToException();
        Body = draft.Body;
        Kind = draft.Kind;
        Title = Text.Required(draft.Title, nameof(FilingDraft.Title), "文件名称", 200);
        DocumentNumber = Text.Required(draft.DocumentNumber, nameof(FilingDraft.DocumentNumber), "文号", 100);
        PublishedOn = draft.PublishedOn;
        Summary = Text.Optional(draft.Summary, nameof(FilingDraft.Summary), "内容摘要", 4000);
        FilingDueOn = FilingDeadlines.FilingDueOn(PublishedOn, calendar);
        IsLate = FiledOn > FilingDueOn;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Which kinds each body files: the government rules and administrative documents, the commission its own, the court and procuratorate judicial ones.</summary>
    public static bool Allowed(FilingBody body, NormativeDocumentKind kind) => body switch
    {
        FilingBody.Government => kind is NormativeDocumentKind.GovernmentRule or NormativeDocumentKind.AdministrativeNormative,
        FilingBody.SupervisionCommission => kind == NormativeDocumentKind.SupervisionNormative,
        FilingBody.Court or FilingBody.Procuratorate => kind == NormativeDocumentKind.JudicialNormative,
        _ => false,
    };

    private void Require(FilingAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void Move(FilingAction action, Actor actor, FilingStatus to) =>
        Status = FilingWorkflow.Table.Move(Status, action, actor.Role, to);
}

/// <summary>
/// A citizen's 审查建议 about a named normative document: sent from the public site with reasons, an optional name and
/// a contact that staff see and nobody else; the sender gets a <see cref="ReceiptCode"/> and looks up the answer with it.
/// </summary>
public sealed class ReviewRequest
{
    public const int MaxReasonsLength = 5000;

    private ReviewRequest() { }

    public int Id { get; private set; }
    public string ReceiptCode { get; private set; } = "";
    public string DocumentTitle { get; private set; } = "";
    public int? FilingId { get; private set; }
    public string Reasons { get; private set; } = "";
    public string? Name { get; private set; }

    /// <summary>Private: shown to staff only, never in a public page, export or feed.</summary>
    public string Contact { get; private set; } = "";
    public ReviewRequestStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public ReviewRequestResult? Result { get; private set; }
    public string? AnswerText { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static ReviewRequest Submit(ReviewRequestDraft draft, string receiptCode, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(receiptCode);
        var contact = Text.Required(draft.Contact, nameof(ReviewRequestDraft.Contact), "联系方式", 100);
        if (!ContactFormat.LooksValid(contact)) throw LegislationMessages.ContactInvalid.ToException();
        var reasons = Text.Required(draft.Reasons, nameof(ReviewRequestDraft.Reasons), "审查建议的理由", MaxReasonsLength);
        if (reasons.Length < 10) throw LegislationMessages.ReasonsTooShort.ToException();
        return new ReviewRequest
        {
            ReceiptCode = receiptCode,
            DocumentTitle = Text.Required(draft.DocumentTitle, nameof(ReviewRequestDraft.DocumentTitle), "建议审查的文件名称", 200),
            FilingId = draft.FilingId is > 0 ? draft.FilingId : null,
            Reasons = reasons,
            Name = Text.Optional(draft.Name, nameof(ReviewRequestDraft.Name), "姓名", 50),
            Contact = contact,
            Status = ReviewRequestStatus.Received,
            SubmittedAt = now.ToUniversalTime(),
            UpdatedAt = now.ToUniversalTime(),
        };
    }

    /// <summary>受理审查, naming the filed document when staff find it.</summary>
    public void Accept(int? filingId, Actor actor, DateTimeOffset now)
    {
        Require(ReviewRequestAction.Accept, actor);
        if (filingId is > 0) FilingId = filingId;
        AcceptedAt = now.ToUniversalTime();
        Move(ReviewRequestAction.Accept, actor, ReviewRequestStatus.UnderReview);
        UpdatedAt = now.ToUniversalTime();
    }

    public void Answer(ReviewAnswer answer, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Require(ReviewRequestAction.Answer, actor);
        AnswerText = Text.Required(answer.AnswerText, nameof(ReviewAnswer.AnswerText), "答复内容", 4000);
        Result = answer.Result;
        AnsweredAt = now.ToUniversalTime();
        Move(ReviewRequestAction.Answer, actor, ReviewRequestStatus.Answered);
        UpdatedAt = now.ToUniversalTime();
    }

    public AvailableActions<ReviewRequestAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<ReviewRequestAction>().Select(a => new ActionCheck<ReviewRequestAction>(a, Check(a, actor))));

    public Refusal? Check(ReviewRequestAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ReviewRequestWorkflow.Table.Check(Status, action, actor.Role);
    }

    private void Require(ReviewRequestAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void Move(ReviewRequestAction action, Actor actor, ReviewRequestStatus to) =>
        Status = ReviewRequestWorkflow.Table.Move(Status, action, actor.Role, to);
}

/// <summary>A contact a member of the public leaves: a phone number (7–20 digits, with - + spaces or brackets) or an e-mail address (ASCII letters, digits and . _ - + %).</summary>
public static class ContactFormat
{
    public static bool LooksValid(string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var value = contact.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (value.Contains('@', StringComparison.Ordinal))
        {
            var at = value.IndexOf('@', StringComparison.Ordinal);
            return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.')
                && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '_' or '-' or '+' or '%');
        }
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 20 && value.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')' or '（' or '）');
    }
}
