using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// The settings, the classifications and the working-day calendar that every workflow action reckons with.
/// Months are calendar months; a deadline that falls on a rest day moves to the next working day
/// (the usual rule for periods: 期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期).
/// </summary>
public sealed class SuggestionRules(SuggestionSettings settings, IReadOnlyList<ReplyClassification> classifications, WorkingDayCalendar calendar)
{
    public SuggestionSettings Settings { get; } = settings;
    public IReadOnlyList<ReplyClassification> Classifications { get; } = classifications;
    public WorkingDayCalendar Calendar { get; } = calendar;

    public static SuggestionRules Default(WorkingDayCalendar calendar) =>
        new(SuggestionSettings.Defaults(), ReplyClassification.Defaults(), calendar);

    public DateOnly ReplyDue(DateOnly assignedOn, bool extended) =>
        MonthsLater(assignedOn, extended ? Settings.ExtendedReplyMonths : Settings.ReplyMonths);

    public DateOnly CoOpinionDue(DateOnly assignedOn) => MonthsLater(assignedOn, Settings.CoOpinionMonths);

    public DateOnly ReturnDeadline(DateOnly assignedOn) => Calendar.AddWorkingDays(assignedOn, Settings.ReturnWithinWorkingDays);

    public DateOnly AssignmentDue(DateOnly receivedOn) => Calendar.AddWorkingDays(receivedOn, Settings.AssignWithinWorkingDays);

    public DateOnly RatingDue(DateOnly repliedOn) => Calendar.AddWorkingDays(repliedOn, Settings.RatingWithinWorkingDays);

    public DateOnly RehandleDue(DateOnly ratedOn) => MonthsLater(ratedOn, Settings.RehandleMonths);

    public ReplyClassification Classification(string code) =>
        Classifications.FirstOrDefault(c => c.IsActive && string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainRuleException(SuggestionMessages.UnknownClassification);

    /// <summary>The rank of a classification code (lower is better); unknown codes rank last.</summary>
    public int Rank(string? code) =>
        Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.SortOrder ?? int.MaxValue;

    private DateOnly MonthsLater(DateOnly from, int months) => Calendar.NextWorkingDayOnOrAfter(from.AddMonths(months));
}
