using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Handling (办理): contacts, co-unit opinions, replies and their review, the deputy's rating, closing, commitments.</summary>
public sealed partial class Suggestion
{
    /// <summary>Logs a contact with the deputy at one stage of 三见面; "after" comes only once the unit has replied.</summary>
    public SuggestionContact LogContact(ContactStage stage, DateOnly date, ContactForm form, string? notes, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        var assignment = RequireOwn(SuggestionAction.LogContact, actor, now);
        if (date < assignment.AssignedOn || date > ChinaTime.Today(now)) throw SuggestionMessages.ContactDateInvalid.ToException();
        if (stage == ContactStage.After && assignment.Replies.Count == 0) throw SuggestionMessages.ContactAfterNeedsReply.ToException();
        var contact = new SuggestionContact(stage, date, form, Text.Optional(notes, "Notes", "联系情况", 1000), actor.Name);
        assignment.AddContact(contact);
        MoveTo(assignment, SuggestionAction.LogContact, actor, assignment.State);
        MoveTo(SuggestionAction.LogContact, actor, Status);
        Refresh(rules);
        Record(SuggestionEventKind.ContactLogged, now, actor, assignment.UnitId, $"{SuggestionLabels.For(stage)}·{SuggestionLabels.For(form)}，{ChinaTime.FormatDate(date)}");
        return contact;
    }

    /// <summary>A co-handling unit's opinion to the lead unit; one sent after its window is kept, and counted as late.</summary>
    public void SendOpinion(string text, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOwn(SuggestionAction.SendOpinion, actor, now);
        var opinion = Text.Required(text, "Text", "协办意见", 5000);
        var today = ChinaTime.Today(now);
        assignment.AddOpinion(new SuggestionOpinion(opinion, today, actor.Name));
        MoveTo(assignment, SuggestionAction.SendOpinion, actor, AssignmentState.OpinionSent);
        assignment.FirstRepliedOn ??= today;
        assignment.RepliedOnTime ??= today <= assignment.DueOn;
        MoveTo(SuggestionAction.SendOpinion, actor, Status);
        Record(SuggestionEventKind.OpinionSent, now, actor, assignment.UnitId, today <= assignment.DueOn ? null : $"逾期送达（期限{ChinaTime.FormatDate(assignment.DueOn)}）");
    }

    /// <summary>
    /// The answering unit's reply. The portal records the day it is filed: that date decides whether it was on time and
    /// starts the deputy's rating window; the letter's signing date is kept beside it. B- and C-class replies (by default)
    /// list commitments. A lead unit replying without a co-unit's opinion (its window passed) says why.
    /// </summary>
    public SuggestionReply Reply(ReplyDraft draft, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rules);
        var assignment = RequireOwn(SuggestionAction.Reply, actor, now);
        var today = ChinaTime.Today(now);
        var content = CheckReply(draft, assignment, today, rules, requireLetter: true);

        var onTime = today <= assignment.DueOn;
        var reply = new SuggestionReply(assignment.Round, content, today, now, onTime, rules.RatingDue(today));
        assignment.AddReply(reply);
        MoveTo(assignment, SuggestionAction.Reply, actor, AssignmentState.Replied);
        if (assignment.Extension == ExtensionState.Requested) assignment.Extension = ExtensionState.Lapsed;
        assignment.Classification = content.ClassificationCode;
        assignment.Satisfaction = null;
        if (assignment.FirstRepliedOn is null)
        {
            assignment.FirstRepliedOn = today;
            assignment.RepliedOnTime = onTime;
        }
        MoveTo(SuggestionAction.Reply, actor, HandlingStatus());
        Refresh(rules);
        var classification = rules.Classification(content.ClassificationCode);
        Record(SuggestionEventKind.Replied, now, actor, assignment.UnitId,
            $"第{assignment.Round}轮答复，{classification.Code}类（{classification.Label}），签发人{reply.Signer}，{(onTime ? "按期" : "逾期")}"
            + (content.Commitments.Count > 0 ? $"，承诺事项{content.Commitments.Count}项" : ""));
        return reply;
    }

    /// <summary>
    /// The unit corrects its latest reply before staff have reviewed it and before the deputy has rated it. The reply
    /// keeps the day it was filed (a correction cannot make a late reply on time); the version it replaces is kept.
    /// </summary>
    public void CorrectReply(ReplyDraft draft, string reason, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rules);
        var assignment = RequireOwn(SuggestionAction.CorrectReply, actor, now);
        var reply = assignment.LatestReply!;
        var why = Text.Required(reason, "Reason", "修改原因", 500);
        var content = CheckReply(draft with { LetterFileId = draft.LetterFileId ?? reply.LetterFileId }, assignment, ChinaTime.Today(now), rules, requireLetter: true);
        if (reply.Commitments.Any(c => c.Updates.Count > 0) && !SameCommitments(reply, content.Commitments))
            throw SuggestionMessages.CommitmentsHaveProgress.ToException();
        reply.Revise(content, why, actor.Name, now);
        assignment.Classification = content.ClassificationCode;
        MoveTo(assignment, SuggestionAction.CorrectReply, actor, assignment.State);
        MoveTo(SuggestionAction.CorrectReply, actor, Status);
        Refresh(rules);
        Record(SuggestionEventKind.ReplyCorrected, now, actor, assignment.UnitId, $"第{reply.Round}轮答复第{reply.Revisions.Count + 1}稿。修改原因：{why}");
    }

    /// <summary>
    /// Staff review a reply before the public sees it: publish it (only if the unit allowed publication) or keep it
    /// unpublished. A reviewed reply can no longer be corrected by the unit.
    /// </summary>
    public void ReviewReply(int replyId, bool publish, Actor actor, DateTimeOffset now)
    {
        var assignment = _assignments.FirstOrDefault(a => a.IsActive && a.Replies.Any(r => r.Id == replyId));
        if (assignment is null)
        {
            if (SuggestionWorkflow.Table.Check(Status, SuggestionAction.ReviewReply, actor.Role) is { } refused) throw refused.ToException();
            throw SuggestionMessages.ReplyNotFound.ToException();
        }
        RequireOn(SuggestionAction.ReviewReply, assignment.Id, actor, now);
        var reply = assignment.Replies.First(r => r.Id == replyId);
        if (reply.IsReviewed) throw SuggestionMessages.ReplyAlreadyReviewed.ToException();
        reply.Review(publish, actor.Name, now);
        MoveTo(assignment, SuggestionAction.ReviewReply, actor, assignment.State);
        MoveTo(SuggestionAction.ReviewReply, actor, Status);
        Record(SuggestionEventKind.ReplyReviewed, now, actor, assignment.UnitId,
            $"第{reply.Round}轮答复：" + (reply.IsPublished ? "同意公开" : reply.IsPublishable ? "审核通过，不公开" : "审核通过；承办单位不同意公开"));
    }

    /// <summary>
    /// The lead deputy rates a reply within the rating window. 不满意 sends that unit back to re-handle it
    /// with a new deadline; every round is kept.
    /// </summary>
    public void Rate(int replyId, Satisfaction rating, string? comment, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var assignment = _assignments.FirstOrDefault(a => a.IsActive && a.Replies.Any(r => r.Id == replyId));
        if (assignment is null)
        {
            if (SuggestionWorkflow.Table.Check(Status, SuggestionAction.Rate, actor.Role) is { } refused) throw refused.ToException();
            throw SuggestionMessages.ReplyNotFound.ToException();
        }
        RequireOn(SuggestionAction.Rate, assignment.Id, actor, now);
        var reply = assignment.Replies.First(r => r.Id == replyId);
        if (reply != assignment.LatestReply) throw SuggestionMessages.AlreadyRated.ToException();
        var today = ChinaTime.Today(now);
        var note = Text.Optional(comment, "Comment", "评价意见", 1000);
        if (rating == Suggestions.Satisfaction.Unsatisfied && note is null) throw SuggestionMessages.UnsatisfiedNeedsComment.ToException();
        reply.Rate(rating, note, today);
        assignment.Satisfaction = rating;
        Record(SuggestionEventKind.Rated, now, actor, assignment.UnitId, $"第{reply.Round}轮：{SuggestionLabels.For(rating)}" + (note is null ? "" : $"。{note}"));
        if (rating == Suggestions.Satisfaction.Unsatisfied)
        {
            MoveTo(assignment, SuggestionAction.Rate, actor, AssignmentState.Rehandling);
            assignment.Round++;
            assignment.DueOn = rules.RehandleDue(today);
            Record(SuggestionEventKind.RehandlingStarted, now, actor, assignment.UnitId, $"第{assignment.Round}轮，答复期限{ChinaTime.FormatDate(assignment.DueOn)}");
        }
        else
        {
            MoveTo(assignment, SuggestionAction.Rate, actor, assignment.State);
        }
        MoveTo(SuggestionAction.Rate, actor, HandlingStatus());
        Refresh(rules);
    }

    /// <summary>
    /// Staff close the suggestion once every part is answered (co-units' opinions included) and every latest reply is
    /// rated 满意 or 基本满意, or its rating window has passed.
    /// </summary>
    public void Close(Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Require(SuggestionAction.Close, actor, now);
        MoveTo(SuggestionAction.Close, actor, SuggestionStatus.Closed);
        ClosedOn = ChinaTime.Today(now);
        Refresh(rules);
        Record(SuggestionEventKind.Closed, now, actor, null, null);
    }

    /// <summary>
    /// Ends the loop of 不满意 → 重新办理: after the deputy was twice not satisfied, staff may close with a recorded
    /// explanation. The round that was never answered ends; its rating stays 不满意 in the figures.
    /// </summary>
    public void CloseWithExplanation(string explanation, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Require(SuggestionAction.CloseWithExplanation, actor, now);
        var text = Text.Required(explanation, "Explanation", "办结说明", 2000);
        foreach (var assignment in ActiveAssignments.Where(a => a.State == AssignmentState.Rehandling).ToList())
        {
            MoveTo(assignment, SuggestionAction.CloseWithExplanation, actor, AssignmentState.Replied);
            assignment.Round = assignment.LatestReply!.Round;
        }
        ClosingNote = text;
        MoveTo(SuggestionAction.CloseWithExplanation, actor, SuggestionStatus.Closed);
        ClosedOn = ChinaTime.Today(now);
        Refresh(rules);
        Record(SuggestionEventKind.ClosedWithExplanation, now, actor, null, text);
    }

    public void UpdateCommitment(int commitmentId, int progress, string note, DateOnly on, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOwn(SuggestionAction.UpdateCommitment, actor, now);
        var reply = assignment.Replies.FirstOrDefault(r => r.Commitments.Any(c => c.Id == commitmentId)) ?? throw SuggestionMessages.CommitmentNotFound.ToException();
        var commitment = reply.Commitments.First(c => c.Id == commitmentId);
        if (on < reply.SignedOn || on > ChinaTime.Today(now)) throw SuggestionMessages.UpdateDateInvalid.ToException();
        commitment.Update(progress, Text.Required(note, "Note", "进展情况", 1000), on, actor.Name);
        MoveTo(assignment, SuggestionAction.UpdateCommitment, actor, assignment.State);
        MoveTo(SuggestionAction.UpdateCommitment, actor, Status);
        RefreshCommitments();
        Record(SuggestionEventKind.CommitmentUpdated, now, actor, assignment.UnitId, $"{commitment.Description}：{progress}%");
    }

    /// <summary>Checks a reply's content (new or corrected) and returns it normalised.</summary>
    private ReplyDraft CheckReply(ReplyDraft draft, SuggestionAssignment assignment, DateOnly today, SuggestionRules rules, bool requireLetter)
    {
        if (draft.SignedOn < assignment.AssignedOn || draft.SignedOn > today) throw SuggestionMessages.SignedOnInvalid.ToException();
        var classification = rules.Classification(draft.ClassificationCode);
        Text.Required(draft.Text, nameof(draft.Text), "答复内容", 20000);
        Text.Required(draft.Signer, nameof(draft.Signer), "签发人", 50);
        if (requireLetter && draft.LetterFileId is not > 0) throw SuggestionMessages.LetterRequired.ToException();
        var commitments = draft.Commitments.Where(c => !string.IsNullOrWhiteSpace(c.Description)).ToList();
        foreach (var commitment in commitments) Text.Required(commitment.Description, nameof(draft.Commitments), "承诺事项", 500);
        if (classification.RequiresCommitments && commitments.Count == 0) throw SuggestionMessages.CommitmentsRequired.ToException();
        if (commitments.Any(c => c.PlannedOn <= draft.SignedOn)) throw SuggestionMessages.CommitmentDateInvalid.ToException();
        var missing = assignment.Role == AssignmentRole.Lead ? CoUnitsWithoutOpinion().Count : 0;
        var note = Text.Optional(draft.MissingOpinionsNote, nameof(draft.MissingOpinionsNote), "协办意见缺失的说明", 1000);
        if (missing > 0 && note is null) throw SuggestionMessages.MissingOpinionsNoteRequired(missing).ToException();
        return draft with { ClassificationCode = classification.Code, Commitments = commitments, MissingOpinionsNote = missing > 0 ? note : null };
    }

    private static bool SameCommitments(SuggestionReply reply, IReadOnlyList<CommitmentDraft> commitments) =>
        reply.Commitments.Count == commitments.Count
        && reply.Commitments.OrderBy(c => c.Id).Zip(commitments).All(p => p.First.Description == p.Second.Description.Trim() && p.First.PlannedOn == p.Second.PlannedOn);
}
