namespace CongressPortal.Domain.Suggestions;

/// <summary>The deadline and the figures kept on the rows for statistics (docs/adr/0012), recomputed after every change.</summary>
public sealed partial class Suggestion
{
    /// <summary>Recomputes the deadline and the figures kept for statistics from the assignments.</summary>
    private void Refresh(SuggestionRules rules)
    {
        var answering = _assignments.Where(a => a.Answers).ToList();
        var pending = answering.Where(a => a.IsPending).ToList();
        DueOn = Status is SuggestionStatus.Handling or SuggestionStatus.Rehandling && pending.Count > 0 ? pending.Min(a => a.DueOn) : null;
        var replied = answering.Count > 0 && answering.All(a => a.FirstRepliedOn is not null);
        RepliedOn = replied ? answering.Max(a => a.FirstRepliedOn) : null;
        RepliedOnTime = replied ? answering.All(a => a.RepliedOnTime == true) : null;
        var classified = answering.Where(a => a.Classification is not null).ToList();
        Classification = classified.Count == 0 ? null : classified.MaxBy(a => rules.Rank(a.Classification))!.Classification;
        var rated = answering.Where(a => a.Satisfaction is not null).ToList();
        Satisfaction = rated.Count == 0 ? null : rated.Max(a => a.Satisfaction);
        MetDeputy = answering.Count > 0 && answering.All(a => a.MetDeputy);
        Rehandled = _assignments.Any(a => a.Round > 1 || a.UnsatisfiedRounds > 0);
        RefreshCommitments();
    }

    /// <summary>
    /// Recomputes what lists read from the rows after every action: <see cref="CloseableOn"/>, the day from which no part
    /// holds up 办结, <see cref="IsDisclosed"/>, and each part's <see cref="SuggestionAssignment.AwaitsUnit"/>.
    /// </summary>
    private void RefreshKept()
    {
        var running = Status is SuggestionStatus.Handling or SuggestionStatus.Replied or SuggestionStatus.Rehandling;
        foreach (var part in _assignments)
        {
            part.AwaitsUnit = running && part.IsPending;
            part.RefreshRating();
        }
        UnratedUntil = _assignments.Where(a => a.Answers).Max(a => a.UnratedUntil);
        IsDisclosed = Status is SuggestionStatus.Replied or SuggestionStatus.Rehandling or SuggestionStatus.Closed
            && _assignments.Any(a => a.Answers && a.LatestReviewedReply is { IsPublished: true });
        RefreshCloseable();
    }

    /// <summary>
    /// Where the suggestion stands in the satisfaction rate on <paramref name="today"/> (DOMAIN.md §4, S50a): its answering
    /// parts' standings without the excluded ones; still 未评价 (counted, not satisfied) while any part's reply is, else
    /// the least satisfied rating; excluded when every reply to rate was left out. Statistics apply the same rule in SQL
    /// (<c>SuggestionStatistics</c>; a test holds them together).
    /// </summary>
    public RatingStanding SatisfactionStanding(DateOnly today)
    {
        var parts = _assignments.Select(a => a.Standing(today)).Where(s => s != RatingStanding.NothingToRate).ToList();
        if (parts.Count == 0) return RatingStanding.NothingToRate;
        var counted = parts.Where(s => s != RatingStanding.Excluded).ToList();
        if (counted.Count == 0) return RatingStanding.Excluded;
        return counted.Contains(RatingStanding.Unrated) ? RatingStanding.Unrated : counted.Max();
    }

    /// <summary>
    /// Records that the portal sent the lead deputy the rating reminder for <paramref name="replyId"/> (评价提醒), with the
    /// server's time, on the timeline and on the reply. Only a reminder sent while the reply is unrated and its window open
    /// counts towards leaving the satisfaction rate (S50a); the timeline keeps every reminder sent. Like
    /// <see cref="RecordReminder"/> it leaves the suggestion's row (and row version) alone; returns whether it counts.
    /// </summary>
    public bool RecordRatingReminder(int replyId, string detail, DateTimeOffset now)
    {
        var part = _assignments.FirstOrDefault(a => a.Replies.Any(r => r.Id == replyId)) ?? throw SuggestionMessages.ReplyNotFound.ToException();
        var reply = part.Replies.First(r => r.Id == replyId);
        RecordReminder(part.UnitId, detail, now);
        if (reply != part.LatestReply || !reply.RecordRatingReminder(now)) return false;
        part.RefreshRating();
        return true;
    }

    private void RefreshCloseable()
    {
        CloseableOn = null;
        if (Status != SuggestionStatus.Replied) return;
        var from = DateOnly.MinValue;
        foreach (var part in ActiveAssignments)
        {
            if (part.Role == AssignmentRole.CoHandling)
            {
                if (part.Opinions.Count == 0) return;
                continue;
            }
            if (part.State == AssignmentState.Rehandling || part.LatestReply is not { } reply || reply.Rating == Suggestions.Satisfaction.Unsatisfied) return;
            // A rated reply holds nothing up; an unrated one until its rating window has passed.
            if (reply.Rating is null && reply.RatingDueOn.AddDays(1) > from) from = reply.RatingDueOn.AddDays(1);
        }
        CloseableOn = from == DateOnly.MinValue ? AssignedOn ?? ReceivedOn : from;
    }

    /// <summary>
    /// Recounts the commitments kept on each assignment (every round's replies) and on the suggestion (active
    /// assignments), and copies the suggestion's year, session and closing onto its assignments.
    /// </summary>
    private void RefreshCommitments()
    {
        foreach (var assignment in _assignments)
        {
            assignment.Year = Year;
            assignment.SessionId = SessionId;
            assignment.SuggestionClosed = Status == SuggestionStatus.Closed;
            var commitments = assignment.Replies.SelectMany(r => r.Commitments).ToList();
            assignment.CommitmentsDone = commitments.Count(c => c.IsDone);
            assignment.CommitmentsOpen = commitments.Count - assignment.CommitmentsDone;
        }
        CommitmentsOpen = ActiveAssignments.Sum(a => a.CommitmentsOpen);
        CommitmentsDone = ActiveAssignments.Sum(a => a.CommitmentsDone);
    }
}
