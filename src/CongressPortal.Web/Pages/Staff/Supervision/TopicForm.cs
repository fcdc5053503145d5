using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Supervision;

/// <summary>
/// What staff fill in for a supervision topic (新增议题, 修改议题). Properties are named like
/// <see cref="SupervisionTopicDraft"/>'s, so a refusal's field key puts its message next to the input.
/// </summary>
public sealed record TopicCommand
{
    public uint Version { get; init; }

    [Required(ErrorMessage = "请填写议题名称"), StringLength(200, ErrorMessage = "议题名称不能超过200个字"), Display(Name = "议题名称")]
    public string? Title { get; init; }

    [Required(ErrorMessage = "请选择监督形式"), Display(Name = "监督形式")]
    public SupervisionForm? Form { get; init; }

    [Display(Name = "报告单位")]
    public int? ReportingUnitId { get; init; }

    [Display(Name = "负责的委员会")]
    public int? CommitteeId { get; init; }

    [Display(Name = "常委会会议")]
    public int? MeetingId { get; init; }

    [Display(Name = "计划月份")]
    public int? PlannedMonth { get; init; }

    [Display(Name = "议题说明")]
    public string? Summary { get; init; }

    [Display(Name = "检查的法律法规")]
    public string? LawName { get; init; }

    // Lists (not IReadOnlyList) so that model binding fills them from the multiple selects.
    [Display(Name = "参加的代表")]
    public List<int> DeputyIds { get; init; } = [];

    /// <summary>The suggestions that led to the topic, typed by their numbers (one or more, separated by spaces, commas or lines).</summary>
    [Display(Name = "来源建议（编号）"), ForField(nameof(SupervisionTopicDraft.SourceSuggestionIds))]
    public string? SourceSuggestionNumbers { get; init; }

    [Display(Name = "来源接待事项")]
    public List<int> SourceIssueIds { get; init; } = [];

    /// <summary>The plan amendment that adds the topic, once the plan has been adopted.</summary>
    [Display(Name = "依据的计划调整")]
    public int? AmendmentId { get; init; }

    public SupervisionTopicDraft ToDraft(IReadOnlyList<int> sourceSuggestionIds) => new(
        Title ?? "", Form ?? SupervisionForm.SpecialWorkReport, ReportingUnitId, CommitteeId, MeetingId, PlannedMonth, Summary, LawName,
        DeputyIds.Where(id => id > 0).ToList(), sourceSuggestionIds, SourceIssueIds.Where(id => id > 0).ToList(), AmendmentId);

    /// <summary>The numbers typed, in order, without repeats.</summary>
    public IReadOnlyList<string> Numbers() =>
        (SourceSuggestionNumbers ?? "").Split([',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();

    public static TopicCommand From(SupervisionTopic t, IEnumerable<string> sourceNumbers) => new()
    {
        Version = t.Version,
        Title = t.Title,
        Form = t.Form,
        ReportingUnitId = t.ReportingUnitId,
        CommitteeId = t.CommitteeId,
        MeetingId = t.MeetingId,
        PlannedMonth = t.PlannedMonth,
        Summary = t.Summary,
        LawName = t.LawName,
        DeputyIds = t.Deputies.Select(d => d.DeputyId).ToList(),
        SourceSuggestionNumbers = string.Join(" ", sourceNumbers),
        SourceIssueIds = t.SourceIssues.Select(i => i.ReceptionIssueId).ToList(),
    };
}

/// <summary>The choices of the topic form.</summary>
public sealed record TopicChoices(
    IReadOnlyList<SelectListItem> Forms,
    IReadOnlyList<SelectListItem> Units,
    IReadOnlyList<SelectListItem> Committees,
    IReadOnlyList<SelectListItem> Meetings,
    IReadOnlyList<SelectListItem> Months,
    IReadOnlyList<SelectListItem> Deputies,
    IReadOnlyList<SelectListItem> Issues,
    IReadOnlyList<SelectListItem> Amendments)
{
    public static readonly TopicChoices Empty = new([], [], [], [], [], [], [], []);
}

/// <summary>The choices and look-ups the supervision pages share.</summary>
public static class SupervisionChoices
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>一府一委两院: the people's government itself, the supervisory commission, the court and the procuratorate.</summary>
    private const string TopBodies = "一府一委两院";

    /// <summary>
    /// The city's people's government is kept as a unit of the government kind; its name (not a message) tells it from its
    /// departments, so it is listed with the supervisory commission, the court and the procuratorate.
    /// </summary>
    private const string GovernmentName = "人民政府";

    public static IReadOnlyList<SelectListItem> FormItems() =>
        Enum.GetValues<SupervisionForm>().Select(f => new SelectListItem(SupervisionTopicWorkflow.FormLabel(f), f.ToString())).ToList();

    /// <summary>Handling units in use (and <paramref name="keep"/>), grouped by kind with 一府一委两院 first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> UnitsAsync(AppDbContext db, IEnumerable<int?> keep, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kept = keep.OfType<int>().ToList();
        var units = await db.HandlingUnits.AsNoTracking().Where(u => u.IsActive || kept.Contains(u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var groups = new Dictionary<string, SelectListGroup>();
        SelectListGroup Group(string name) => groups.TryGetValue(name, out var g) ? g : groups[name] = new SelectListGroup { Name = name };
        string GroupOf(string name, HandlingUnitKind kind) =>
            kind == HandlingUnitKind.SupervisionOrJudicial || (kind != HandlingUnitKind.DistrictGovernment && name.EndsWith(GovernmentName, StringComparison.Ordinal))
                ? TopBodies : ReferenceLabels.Of(kind);
        return units
            .Select(u => (u.Id, u.Name, Group: GroupOf(u.Name, u.Kind), Rank: GroupOf(u.Name, u.Kind) == TopBodies ? -1 : (int)u.Kind))
            .OrderBy(u => u.Rank)
            .Select(u => new SelectListItem(u.Name, Id(u.Id)) { Group = Group(u.Group) })
            .ToList();
    }

    public static async Task<IReadOnlyList<SelectListItem>> CommitteesAsync(AppDbContext db, int? keep, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var committees = await db.Committees.AsNoTracking().Where(c => c.IsActive || c.Id == keep)
            .OrderBy(c => c.Kind).ThenBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return committees.Select(c => new SelectListItem(c.Name, Id(c.Id))).ToList();
    }

    /// <summary>The standing committee's meetings of <paramref name="year"/> (and <paramref name="keep"/>), in date order.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> MeetingsAsync(AppDbContext db, int year, int? keep, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = await db.StandingCommitteeMeetings.AsNoTracking()
            .Where(m => (m.Date.Year == year) || m.Id == keep)
            .OrderBy(m => m.Date).Select(m => new { m.Id, Term = m.Term.Number, m.Number, m.Date }).ToListAsync(ct);
        return meetings.Select(m => new SelectListItem($"{StandingCommitteeMeeting.FormatName(m.Term, m.Number)}（{Display.Date(m.Date)}）", Id(m.Id))).ToList();
    }

    public static async Task<TopicChoices> ChoicesAsync(AppDbContext db, SupervisionPlan plan, TopicCommand input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        var named = input.DeputyIds;
        var deputies = await db.Deputies.AsNoTracking()
            .Where(d => (d.Level == DeputyLevel.Municipal && d.Status == DeputyStatus.Serving) || named.Contains(d.Id))
            .OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name, d.Number }).ToListAsync(ct);
        var issueIds = input.SourceIssueIds;
        var issues = await db.Receptions.AsNoTracking()
            .SelectMany(r => r.Issues.Select(i => new { i.Id, i.Summary, r.Date }))
            .Where(i => (i.Date.Year >= plan.Year - 1 && i.Date.Year <= plan.Year) || issueIds.Contains(i.Id))
            .OrderByDescending(i => i.Date).ThenBy(i => i.Id).Take(500).ToListAsync(ct);
        return new TopicChoices(
            FormItems(),
            await UnitsAsync(db, [input.ReportingUnitId], ct),
            await CommitteesAsync(db, input.CommitteeId, ct),
            await MeetingsAsync(db, plan.Year, input.MeetingId, ct),
            Enumerable.Range(1, 12).Select(m => new SelectListItem($"{m}月", Id(m))).ToList(),
            deputies.Select(d => new SelectListItem($"{d.Name}（{d.Number}）", Id(d.Id))).ToList(),
            issues.Select(i => new SelectListItem($"{Display.Date(i.Date)}：{Shorten(i.Summary, 40)}", Id(i.Id))).ToList(),
            AmendmentItems(plan));
    }

    public static IReadOnlyList<SelectListItem> AmendmentItems(SupervisionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Amendments.OrderBy(a => a.Number)
            .Select(a => new SelectListItem($"第{a.Number}次调整（{Display.Date(a.AdoptedOn)}）：{Shorten(a.Summary, 30)}", Id(a.Id))).ToList();
    }

    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>
    /// The ids of the suggestions typed by number, or why not: a number that names none is refused next to the field (under
    /// the domain's field name), so nothing is saved.
    /// </summary>
    public static async Task<(IReadOnlyList<int> Ids, Domain.Common.Refusal? Problem)> SuggestionIdsAsync(AppDbContext db, TopicCommand input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var numbers = input.Numbers();
        if (numbers.Count == 0) return ([], null);
        var found = await db.Suggestions.AsNoTracking().Where(s => numbers.Contains(s.Number)).Select(s => new { s.Id, s.Number }).ToListAsync(ct);
        var missing = numbers.Where(n => found.All(f => f.Number != n)).ToList();
        if (missing.Count > 0)
        {
            return ([], new Domain.Common.Refusal("Supervision.UnknownSuggestionNumber", $"没有编号为“{string.Join("、", missing)}”的建议，请核对编号。",
                nameof(SupervisionTopicDraft.SourceSuggestionIds)));
        }
        return (numbers.Select(n => found.First(f => f.Number == n).Id).ToList(), null);
    }
}

/// <summary>A page with the topic form (新增议题, 修改议题): what the shared fields partial reads.</summary>
public interface ITopicFormPage
{
    TopicCommand Input { get; }

    TopicChoices Choices { get; }

    /// <summary>The plan is adopted: a topic is added (or cancelled) only under one of its amendments.</summary>
    bool AskAmendment { get; }
}
