using System.ComponentModel;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Deputies;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("公开的年度监督工作计划（监督法第六十三条）：通过情况、调整情况和计划中的议题。")]
public sealed record SupervisionPlanDocument : ApiObject
{
    [Description("年度。")] public required int Year { get; init; }
    [Description("标题。")] public required string Title { get; init; }
    [Description("计划说明；没有时为 null。")] public string? Summary { get; init; }
    [Description("常委会通过日期；没有时为 null。")] public DateOnly? AdoptedOn { get; init; }
    [Description("通过计划的常委会会议名称，如“第十六届常委会第三十次会议”；没有时为 null。")] public string? AdoptedAt { get; init; }
    [Description("计划的调整，按次序。")] public required IReadOnlyList<SupervisionAmendmentDocument> Amendments { get; init; }
    [ApiLink, Description("计划中的监督议题，按安排的月份排列（含已取消的议题）。")] public required IReadOnlyList<string> Topics { get; init; }
    [Description("已公开议题的问题清单整改情况合计（未公开的议题不计入）。")] public required SupervisionProblemCountsDocument Problems { get; init; }
}

[Description("监督工作计划的一次调整。")]
public sealed record SupervisionAmendmentDocument
{
    [Description("第几次调整。")] public required int Number { get; init; }
    [Description("调整日期。")] public required DateOnly AdoptedOn { get; init; }
    [Description("作出调整的常委会会议名称；没有时为 null。")] public string? AdoptedAt { get; init; }
    [Description("调整内容。")] public required string Summary { get; init; }
}

[Description("问题清单的整改数字。")]
public sealed record SupervisionProblemCountsDocument
{
    [Description("问题总数。")] public required int Found { get; init; }
    [Description("已整改销号的问题数。")] public required int Closed { get; init; }
}

[Description("公开的监督工作计划中的一个监督议题：工作安排；常委会公开后，另有报告、审议意见、问题清单及整改情况、研究处理情况报告和评价（监督法第十七条）。")]
public sealed record SupervisionTopicDocument : ApiObject
{
    [ApiLink, Description("所属的监督工作计划。")] public required string Plan { get; init; }
    [Description("年度。")] public required int Year { get; init; }
    [Description("议题名称。")] public required string Title { get; init; }
    [Description("监督形式：special_work_report 听取审议专项工作报告，plan_budget_audit 计划、预算和审计工作，state_assets 国有资产管理，government_debt 政府债务，law_enforcement_inspection 执法检查，special_inquiry 专题询问，work_appraisal 工作评议，special_research 专题调研，inspection 视察，satisfaction_appraisal 满意度测评。")]
    public required SupervisionForm Form { get; init; }
    [Description("监督形式的中文名称，如“执法检查”。")] public required string FormLabel { get; init; }
    [ApiLink, Description("报告单位（承办单位）。")] public required string ReportingUnit { get; init; }
    [ApiLink, Description("负责的委员会。")] public required string Committee { get; init; }
    [Description("审议会议名称；未定时为 null。")] public string? Meeting { get; init; }
    [Description("计划安排的月份（1 至 12）；未定时为 null。")] public int? PlannedMonth { get; init; }
    [Description("议题说明；没有时为 null。")] public string? Summary { get; init; }
    [Description("执法检查所检查的法律法规；没有时为 null。")] public string? LawName { get; init; }
    [Description("进展：planned 计划中，deliberated 已审议，assigned 已交办，reported 已报告，rework 重新整改，rectifying 整改中，closed 已办结，cancelled 已取消。")]
    public required SupervisionTopicStatus Status { get; init; }
    [Description("进展的中文名称。")] public required string StatusLabel { get; init; }
    [Description("参加的人大代表，按姓名排列。")] public required IReadOnlyList<SupervisionDeputyDocument> Deputies { get; init; }
    [Description("调研和检查活动，按日期排列。")] public required IReadOnlyList<SupervisionActivityDocument> Activities { get; init; }
    [Description("专题询问的问答，按次序。")] public required IReadOnlyList<SupervisionInquiryDocument> Inquiries { get; init; }
    [Description("议题的文件是否已由常委会公开；为 false 时 documents 和 problem_counts 为 null。")] public required bool Published { get; init; }
    [Description("问题清单整改情况；议题公开前为 null。")] public SupervisionProblemCountsDocument? ProblemCounts { get; init; }
    [Description("公开的文件；议题公开前为 null。")] public SupervisionTopicFilesDocument? Documents { get; init; }
}

[Description("参加议题的一位代表。")]
public sealed record SupervisionDeputyDocument
{
    [ApiLink, Description("代表（有公开信息的市人大代表才有地址；否则为 null）。")] public string? Deputy { get; init; }
    [Description("姓名。")] public required string Name { get; init; }
}

[Description("一次调研或检查活动。")]
public sealed record SupervisionActivityDocument
{
    [Description("活动类别，如 law_inspection 执法检查、research 调研。")] public required SupervisionActivityKind Kind { get; init; }
    [Description("活动类别的中文名称。")] public required string KindLabel { get; init; }
    [Description("开始日期。")] public required DateOnly StartOn { get; init; }
    [Description("结束日期；一天的活动为 null。")] public DateOnly? EndOn { get; init; }
    [Description("地点。")] public required string Place { get; init; }
    [Description("说明；没有时为 null。")] public string? Description { get; init; }
}

[Description("专题询问的一问一答。")]
public sealed record SupervisionInquiryDocument
{
    [Description("次序。")] public required int Order { get; init; }
    [Description("问题。")] public required string Question { get; init; }
    [Description("提问人。")] public required string AskedBy { get; init; }
    [Description("回答人。")] public required string AnsweredBy { get; init; }
    [Description("回答要点；未记录时为 null。")] public string? Answer { get; init; }
}

[Description("议题公开的文件（监督法第十七条）。")]
public sealed record SupervisionTopicFilesDocument
{
    [Description("常委会会议听取报告的日期；没有时为 null。")] public DateOnly? HeardOn { get; init; }
    [Description("报告单位的报告全文；没有时为 null。")] public string? ReportText { get; init; }
    [Description("常委会审议意见全文；没有时为 null。")] public string? OpinionsText { get; init; }
    [Description("问题清单，按序号。")] public required IReadOnlyList<SupervisionProblemDocument> Problems { get; init; }
    [Description("经常委会评价的研究处理情况报告，按次序（尚未评价的报告不公开）。")] public required IReadOnlyList<SupervisionHandlingReportDocument> HandlingReports { get; init; }
    [Description("回头看，按日期。")] public required IReadOnlyList<SupervisionFollowUpDocument> FollowUps { get; init; }
    [Description("议题办结日期；未办结时为 null。")] public DateOnly? ClosedOn { get; init; }
}

[Description("问题清单中的一个问题。")]
public sealed record SupervisionProblemDocument
{
    [Description("序号。")] public required int Number { get; init; }
    [Description("问题。")] public required string Text { get; init; }
    [ApiLink, Description("整改单位。")] public required string Unit { get; init; }
    [Description("整改状态：open 整改中，closed 已销号，reopened 重新整改。")] public required SupervisionProblemStatus Status { get; init; }
    [Description("整改状态的中文名称。")] public required string StatusLabel { get; init; }
    [Description("整改完成日期；没有时为 null。")] public DateOnly? RectifiedOn { get; init; }
    [Description("销号日期；没有时为 null。")] public DateOnly? ClosedOn { get; init; }
}

[Description("一次研究处理情况报告和常委会的评价。")]
public sealed record SupervisionHandlingReportDocument
{
    [Description("第几次报告。")] public required int Number { get; init; }
    [Description("报送日期；没有时为 null。")] public DateOnly? FiledOn { get; init; }
    [Description("报告全文；没有时为 null。")] public string? ReportText { get; init; }
    [Description("常委会评价日期。")] public required DateOnly EvaluatedOn { get; init; }
    [Description("常委会的评价；没有时为 null。")] public string? Evaluation { get; init; }
    [Description("满意度测评的票数；未测评时为 null。")] public SupervisionVoteDocument? Vote { get; init; }
    [Description("测评结果是否满意；未测评时为 null。")] public bool? Accepted { get; init; }
}

[Description("满意度测评的票数。")]
public sealed record SupervisionVoteDocument
{
    [Description("满意票。")] public required int Satisfied { get; init; }
    [Description("基本满意票。")] public required int BasicallySatisfied { get; init; }
    [Description("不满意票。")] public required int Unsatisfied { get; init; }
}

[Description("一次回头看。")]
public sealed record SupervisionFollowUpDocument
{
    [Description("日期。")] public required DateOnly HeldOn { get; init; }
    [Description("发现的情况。")] public required string Findings { get; init; }
    [Description("重新整改的问题序号。")] public required IReadOnlyList<int> Reopened { get; init; }
}

public sealed class SupervisionPlansKind : OpenDataKind
{
    public override string Name => "supervision-plans";
    public override string TypeName => "supervision_plan";
    public override string Title => "监督工作计划";
    public override string Description => "常委会公开的年度监督工作计划：年度、标题、说明、通过日期和会议、历次调整、计划中的议题（地址）和已公开议题问题整改的合计。"
        + "草拟中或未公开的计划不列；撤回公开后，计划在列表中成为墓碑。";
    public override Type DocumentType => typeof(SupervisionPlanDocument);

    // A topic's save (added, moved, its problems closed, published) changes its plan's list and counts.
    public override IReadOnlyList<OpenDataSource> Sources { get; } =
        [OpenDataSource.Of<SupervisionPlan>(p => p.Id), OpenDataSource.Of<SupervisionTopic>(t => t.PlanId)];

    public override IQueryable<int> PublicIds(AppDbContext db) => db.SupervisionPlans.Published().Select(p => p.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var published = db.SupervisionPlans.AsNoTracking().Published().Where(p => ids.Contains(p.Id));
        var plans = await published
            .Select(p => new
            {
                p.Id, p.Year, p.Title, p.Summary, p.AdoptedOn, p.AdoptedMeetingId,
                Amendments = p.Amendments.OrderBy(a => a.Number).Select(a => new { a.Number, a.AdoptedOn, a.MeetingId, a.Summary }).ToList(),
            })
            .ToListAsync(ct);
        if (plans.Count == 0) return new Dictionary<int, ApiObject>();
        var planIds = plans.ConvertAll(p => p.Id);
        // The order of the public page: planned month (undated last), then id.
        var topics = (await db.SupervisionTopics.AsNoTracking().Where(t => planIds.Contains(t.PlanId))
            .OrderBy(t => t.PlannedMonth == null).ThenBy(t => t.PlannedMonth).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.PlanId, IsPublished = t.PublishedAt != null, t.ProblemCount, t.ClosedProblemCount })
            .ToListAsync(ct)).ToLookup(t => t.PlanId);
        var meetings = await db.MeetingNamesAsync(plans.SelectMany(p => p.Amendments.Select(a => a.MeetingId).Append(p.AdoptedMeetingId)), ct);
        return plans.ToDictionary(p => p.Id, p => (ApiObject)new SupervisionPlanDocument
        {
            Id = OpenDataLinks.Of(Name, p.Id), Type = TypeName, Web = links.Page("/Supervision/Index", new { year = p.Year }),
            Year = p.Year, Title = p.Title, Summary = p.Summary, AdoptedOn = p.AdoptedOn,
            AdoptedAt = p.AdoptedMeetingId is { } m ? meetings.GetValueOrDefault(m) : null,
            Amendments = [.. p.Amendments.Select(a => new SupervisionAmendmentDocument
            {
                Number = a.Number, AdoptedOn = a.AdoptedOn, AdoptedAt = a.MeetingId is { } am ? meetings.GetValueOrDefault(am) : null, Summary = a.Summary,
            })],
            Topics = [.. topics[p.Id].Select(t => OpenDataLinks.Of("supervision-topics", t.Id))],
            Problems = new SupervisionProblemCountsDocument
            {
                Found = topics[p.Id].Where(t => t.IsPublished).Sum(t => t.ProblemCount),
                Closed = topics[p.Id].Where(t => t.IsPublished).Sum(t => t.ClosedProblemCount),
            },
        });
    }
}

public sealed class SupervisionTopicsKind : OpenDataKind
{
    public override string Name => "supervision-topics";
    public override string TypeName => "supervision_topic";
    public override string Title => "监督议题";
    public override string Description => "公开的监督工作计划中的议题：监督形式、报告单位、负责委员会、审议会议、进展、参加的代表、调研检查活动和专题询问；"
        + "议题经常委会公开后，另有报告全文、审议意见、问题清单及各问题整改情况、经评价的研究处理情况报告和满意度测评、回头看。"
        + "公开前的审议意见和问题清单、尚未评价的报告、整改佐证材料不公开。计划撤回公开后，其议题在列表中成为墓碑。";
    public override Type DocumentType => typeof(SupervisionTopicDocument);

    // A topic is public while its plan is: a plan's save (publication, withdrawal) concerns every topic of it.
    public override IReadOnlyList<OpenDataSource> Sources { get; } =
    [
        OpenDataSource.Of<SupervisionTopic>(t => t.Id),
        OpenDataSource.OfMany<SupervisionPlan>((db, p) => db.Set<SupervisionTopic>().AsNoTracking().Where(t => t.PlanId == p.Id).Select(t => t.Id).ToList()),
    ];

    public override IQueryable<int> PublicIds(AppDbContext db) => db.SupervisionTopics.OfPublishedPlans(db.SupervisionPlans).Select(t => t.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var visible = db.SupervisionTopics.AsNoTracking().OfPublishedPlans(db.SupervisionPlans).Where(t => ids.Contains(t.Id));
        // Only what the public page shows: the documents of a topic not yet published, the evidence of problems, rounds not
        // evaluated and the events never leave the database here.
        var topics = await visible
            .Select(t => new
            {
                t.Id, t.PlanId, t.Year, t.Title, t.Form, t.ReportingUnitId, t.CommitteeId, t.MeetingId, t.PlannedMonth, t.Summary, t.LawName, t.Status,
                IsPublished = t.PublishedAt != null,
                Deputies = t.Deputies.Select(d => d.DeputyId).ToList(),
                Activities = t.Activities.OrderBy(a => a.StartOn).ThenBy(a => a.Id).Select(a => new { a.Kind, a.StartOn, a.EndOn, a.Place, a.Description }).ToList(),
                Inquiries = t.Inquiries.OrderBy(i => i.Order).Select(i => new { i.Order, i.Question, i.AskedBy, i.AnsweredBy, i.Answer }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        if (topics.Count == 0) return new Dictionary<int, ApiObject>();
        var documents = await visible.Where(t => t.PublishedAt != null)
            .Select(t => new
            {
                t.Id, t.HeardOn, t.ReportText, t.OpinionsText, t.ClosedOn, t.ProblemCount, t.ClosedProblemCount,
                Problems = t.Problems.OrderBy(p => p.Number).Select(p => new { p.Number, p.Text, p.UnitId, p.Status, p.RectifiedOn, p.ClosedOn }).ToList(),
                Rounds = t.Rounds.Where(r => r.EvaluatedOn != null).OrderBy(r => r.Number)
                    .Select(r => new { r.Number, r.FiledOn, r.ReportText, EvaluatedOn = r.EvaluatedOn!.Value, r.Evaluation, r.VotesSatisfied, r.VotesBasicallySatisfied, r.VotesUnsatisfied, r.Accepted })
                    .ToList(),
                FollowUps = t.FollowUps.OrderBy(f => f.HeldOn).Select(f => new { f.HeldOn, f.Findings, f.ReopenedNumbers }).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(t => t.Id, ct);
        var deputyIds = topics.SelectMany(t => t.Deputies).Distinct().ToList();
        var profiles = db.Deputies.WithPublicProfile().Select(d => d.Id);
        var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, Profile = profiles.Contains(d.Id) })
            .ToDictionaryAsync(d => d.Id, ct);
        var meetings = await db.MeetingNamesAsync(topics.Select(t => t.MeetingId), ct);
        return topics.ToDictionary(t => t.Id, t =>
        {
            var published = t.IsPublished ? documents.GetValueOrDefault(t.Id) : null;
            return (ApiObject)new SupervisionTopicDocument
            {
                Id = OpenDataLinks.Of(Name, t.Id), Type = TypeName, Web = links.Page("/Supervision/Topic", new { id = t.Id }),
                Plan = OpenDataLinks.Of("supervision-plans", t.PlanId), Year = t.Year, Title = t.Title,
                Form = t.Form, FormLabel = SupervisionTopicWorkflow.FormLabel(t.Form),
                ReportingUnit = OpenDataLinks.Of("units", t.ReportingUnitId), Committee = OpenDataLinks.Of("committees", t.CommitteeId),
                Meeting = t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, PlannedMonth = t.PlannedMonth,
                Summary = t.Summary, LawName = t.LawName, Status = t.Status, StatusLabel = SupervisionTopicWorkflow.StatusLabel(t.Status),
                Deputies = [.. t.Deputies.Where(deputies.ContainsKey).Select(id => deputies[id]).OrderBy(d => d.Name, StringComparer.Ordinal)
                    .Select(d => new SupervisionDeputyDocument { Deputy = d.Profile ? OpenDataLinks.Of("deputies", d.Id) : null, Name = d.Name })],
                Activities = [.. t.Activities.Select(a => new SupervisionActivityDocument
                {
                    Kind = a.Kind, KindLabel = SupervisionTopicWorkflow.ActivityLabel(a.Kind), StartOn = a.StartOn, EndOn = a.EndOn, Place = a.Place, Description = a.Description,
                })],
                Inquiries = [.. t.Inquiries.Select(i => new SupervisionInquiryDocument
                {
                    Order = i.Order, Question = i.Question, AskedBy = i.AskedBy, AnsweredBy = i.AnsweredBy, Answer = i.Answer,
                })],
                Published = published is not null,
                ProblemCounts = published is null ? null : new SupervisionProblemCountsDocument { Found = published.ProblemCount, Closed = published.ClosedProblemCount },
                Documents = published is null ? null : new SupervisionTopicFilesDocument
                {
                    HeardOn = published.HeardOn, ReportText = published.ReportText, OpinionsText = published.OpinionsText, ClosedOn = published.ClosedOn,
                    Problems = [.. published.Problems.Select(p => new SupervisionProblemDocument
                    {
                        Number = p.Number, Text = p.Text, Unit = OpenDataLinks.Of("units", p.UnitId), Status = p.Status,
                        StatusLabel = SupervisionProblemWorkflow.StatusLabel(p.Status), RectifiedOn = p.RectifiedOn, ClosedOn = p.ClosedOn,
                    })],
                    HandlingReports = [.. published.Rounds.Select(r => new SupervisionHandlingReportDocument
                    {
                        Number = r.Number, FiledOn = r.FiledOn, ReportText = r.ReportText, EvaluatedOn = r.EvaluatedOn, Evaluation = r.Evaluation,
                        Vote = r is { VotesSatisfied: { } s, VotesBasicallySatisfied: { } b, VotesUnsatisfied: { } u }
                            ? new SupervisionVoteDocument { Satisfied = s, BasicallySatisfied = b, Unsatisfied = u }
                            : null,
                        Accepted = r.Accepted,
                    })],
                    FollowUps = [.. published.FollowUps.Select(f => new SupervisionFollowUpDocument { HeldOn = f.HeldOn, Findings = f.Findings, Reopened = f.ReopenedNumbers })],
                },
            };
        });
    }
}
