using System.Reflection;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>Builds suggestions in every status the way the workflow would, with ids as the database would give them.</summary>
internal static class SuggestionFixture
{
    public const int LeadDeputy = 10;
    public const int CoSigner = 11;
    public const int UnitA = 1;
    public const int UnitB = 2;
    public const int UnitC = 3;

    // 2026-03-02 09:00 Beijing, a Monday.
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static readonly Actor Staff = Actor.Staff("王工作");
    public static readonly Actor Deputy = Actor.Deputy(LeadDeputy, "李建国");
    public static Actor Unit(int id = UnitA) => Actor.Unit(id, $"承办人{id}");

    // Qingming 2026: 4–6 April off; National Day: 1–7 October off, Saturday 10 October a make-up working day.
    public static readonly WorkingDayCalendar Calendar = new(
        [new(2026, 4, 4), new(2026, 4, 5), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 2), new(2026, 5, 3), new(2026, 5, 4), new(2026, 5, 5),
         new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 3), new(2026, 10, 4), new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7)],
        [new(2026, 4, 26), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)]);

    public static readonly SuggestionRules Rules = SuggestionRules.Default(Calendar);

    private static int _nextId = 1000;

    public static DateTimeOffset At(int year, int month, int day, int hour = 9) => new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    public static Suggestion Registered(DateTimeOffset? now = null)
    {
        var draft = new SuggestionDraft(SuggestionSource.DuringSession, 5, 2026, LeadDeputy, [CoSigner], "关于加快老旧小区加装电梯的建议", "建议简化审批流程。", 3, new DateOnly(2026, 1, 12));
        var suggestion = Suggestion.Register(draft, $"十六届五次会议第{_nextId:000}号", "session:5", 1, Staff, now ?? Monday);
        return WithIds(suggestion);
    }

    public static Suggestion InStatus(SuggestionStatus status)
    {
        var s = Registered();
        switch (status)
        {
            case SuggestionStatus.Submitted:
                return s;
            case SuggestionStatus.Letter:
                s.ConvertToLetter("个人诉求", Staff, Monday);
                return s;
            case SuggestionStatus.Withdrawn:
                s.Withdraw("代表书面撤回", Staff, Monday);
                return s;
            case SuggestionStatus.Merged:
                s.MergeInto(Registered(), Staff, Monday);
                return s;
        }
        s.Accept(Staff, Monday);
        if (status == SuggestionStatus.Accepted) return s;
        s.Assign(HandlingMode.Split, [UnitA], null, Staff, Monday, Rules);
        WithIds(s);
        s.AcceptAssignment(Unit(), Monday);
        if (status == SuggestionStatus.Handling) return s;
        var replyDay = At(2026, 4, 10);
        s.Reply(ReplyA(DateOnly.FromDateTime(replyDay.Date)), Unit(), replyDay, Rules);
        WithIds(s);
        if (status == SuggestionStatus.Replied) return s;
        var reply = s.Assignments[0].Replies[0];
        if (status == SuggestionStatus.Rehandling)
        {
            s.Rate(reply.Id, Satisfaction.Unsatisfied, "没有解决实际问题", Deputy, At(2026, 4, 13), Rules);
            return s;
        }
        s.Rate(reply.Id, Satisfaction.Satisfied, null, Deputy, At(2026, 4, 13), Rules);
        s.Close(Staff, At(2026, 4, 14), Rules);
        return s;
    }

    /// <summary>The stored file of a signed reply letter (every reply carries one).</summary>
    public const int LetterFile = 77;

    public static ReplyDraft ReplyA(DateOnly on) => new("A", "已列入今年加装电梯计划。", "张局长", on, true, LetterFile, []);

    public static ReplyDraft ReplyB(DateOnly on, DateOnly planned) =>
        new("B", "已列入明年计划逐步解决。", "张局长", on, true, LetterFile, [new CommitmentDraft("完成改造设计", planned)]);

    /// <summary>Gives every child without an id a fresh one, as hi-lo would on saving.</summary>
    public static Suggestion WithIds(Suggestion suggestion)
    {
        SetId(suggestion);
        foreach (var a in suggestion.Assignments)
        {
            SetId(a);
            foreach (var r in a.Replies)
            {
                SetId(r);
                foreach (var c in r.Commitments) SetId(c);
                foreach (var v in r.Revisions) SetId(v);
            }
        }
        return suggestion;
    }

    private static void SetId(object entity)
    {
        var property = entity.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!;
        if ((int)property.GetValue(entity)! == 0) property.SetValue(entity, Interlocked.Increment(ref _nextId));
    }
}
