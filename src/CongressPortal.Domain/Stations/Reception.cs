using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Stations;

/// <summary>
/// A reception held at a station (接待记录): the deputies present, the visitors (their names and contacts
/// are private), each issue raised and how it was handled, and later the feedback given.
/// </summary>
public sealed class Reception
{
    private readonly List<ReceptionDeputy> _deputies = [];
    private readonly List<ReceptionVisitor> _visitors = [];
    private readonly List<ReceptionIssue> _issues = [];

    private Reception() { }

    public int Id { get; private set; }
    public int StationId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly? StartTime { get; private set; }
    public TimeOnly? EndTime { get; private set; }
    public string? Notes { get; private set; }
    public string? RecordedByUserId { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<ReceptionDeputy> Deputies => _deputies.AsReadOnly();
    public IReadOnlyList<ReceptionVisitor> Visitors => _visitors.AsReadOnly();
    public IReadOnlyList<ReceptionIssue> Issues => _issues.AsReadOnly();

    public static Reception Record(int stationId, DateOnly date, TimeOnly? start, TimeOnly? end, IEnumerable<int> deputyIds, string? notes, string? recordedBy, DateOnly today)
    {
        if (date > today) throw new DomainRuleException(StationMessages.ReceptionInFuture);
        if (start is not null && end is not null && end <= start) throw new DomainRuleException(StationMessages.TimeOrder);
        var ids = deputyIds.Distinct().ToList();
        if (ids.Count == 0) throw new DomainRuleException(StationMessages.ReceptionNeedsDeputy);
        var reception = new Reception
        {
            StationId = Text.Positive(stationId, "StationId", "联络站"),
            Date = date,
            StartTime = start,
            EndTime = end,
            Notes = Text.Optional(notes, "Notes", "备注", 1000),
            RecordedByUserId = recordedBy,
        };
        reception._deputies.AddRange(ids.Select(id => new ReceptionDeputy(id)));
        return reception;
    }

    public ReceptionVisitor AddVisitor(string name, string? contact)
    {
        var visitor = new ReceptionVisitor(Text.Required(name, "Name", "来访群众姓名", 50), Text.Optional(contact, "Contact", "联系方式", 50));
        _visitors.Add(visitor);
        return visitor;
    }

    public ReceptionIssue AddIssue(string summary, int? categoryId, HandlingPath path, int? followUpDeputyId, ReceptionVisitor? raisedBy = null)
    {
        var issue = new ReceptionIssue(Text.Required(summary, "Summary", "反映事项", 1000), categoryId, path, followUpDeputyId, raisedBy);
        _issues.Add(issue);
        return issue;
    }

    /// <summary>The feedback given to the visitor, on a day between the reception and <paramref name="today"/>.</summary>
    public void RecordFeedback(int issueId, string feedback, DateOnly on, DateOnly today)
    {
        if (on > today) throw StationMessages.FeedbackInFuture.ToException();
        RecordFeedback(_issues.FirstOrDefault(i => i.Id == issueId) ?? throw new DomainRuleException(StationMessages.IssueNotFound), feedback, on);
    }

    public void RecordFeedback(ReceptionIssue issue, string feedback, DateOnly on)
    {
        if (!_issues.Contains(issue)) throw new DomainRuleException(StationMessages.IssueNotFound);
        if (on < Date) throw StationMessages.FeedbackBeforeReception.ToException();
        issue.RecordFeedback(Text.Required(feedback, "Feedback", "反馈情况", 1000), on);
    }
}

public sealed class ReceptionDeputy
{
    private ReceptionDeputy() { }

    internal ReceptionDeputy(int deputyId) => DeputyId = deputyId;

    public int ReceptionId { get; private set; }
    public int DeputyId { get; private set; }
}

/// <summary>A visitor; name and contact are private (staff only, masked in lists, never public).</summary>
public sealed class ReceptionVisitor
{
    private ReceptionVisitor() { }

    internal ReceptionVisitor(string name, string? contact)
    {
        Name = name;
        Contact = contact;
    }

    public int Id { get; private set; }
    public int ReceptionId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Contact { get; private set; }
}

public sealed class ReceptionIssue
{
    private ReceptionIssue() { }

    internal ReceptionIssue(string summary, int? categoryId, HandlingPath path, int? followUpDeputyId, ReceptionVisitor? raisedBy)
    {
        Summary = summary;
        CategoryId = categoryId;
        Path = path;
        FollowUpDeputyId = followUpDeputyId;
        Visitor = raisedBy;
    }

    /// <summary>Row version: two submissions turning the same issue into a suggestion cannot both succeed.</summary>
    public uint Version { get; private set; }

    public int Id { get; private set; }
    public int ReceptionId { get; private set; }
    public string Summary { get; private set; } = "";
    public int? CategoryId { get; private set; }
    public HandlingPath Path { get; private set; }
    public int? VisitorId { get; private set; }
    public ReceptionVisitor? Visitor { get; private set; }
    public int? FollowUpDeputyId { get; private set; }
    public string? Feedback { get; private set; }
    public DateOnly? FeedbackOn { get; private set; }

    /// <summary>Set when the issue was turned into a deputy's suggestion (the suggestions module links it).</summary>
    public int? SuggestionId { get; private set; }

    /// <summary>Passed on and not yet fed back to the visitor: waits for the deputy's follow-up.</summary>
    public bool AwaitsFollowUp => Path is not (HandlingPath.AnsweredOnSpot or HandlingPath.NotAcceptedInformed) && Feedback is null;

    internal void RecordFeedback(string feedback, DateOnly on)
    {
        if (Path == HandlingPath.AnsweredOnSpot) throw new DomainRuleException(StationMessages.FeedbackNotNeeded);
        Feedback = feedback;
        FeedbackOn = on;
    }

    public void LinkSuggestion(int suggestionId) => SuggestionId = suggestionId;
}
