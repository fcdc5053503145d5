using System.ComponentModel;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Deputies;
using CongressPortal.Web.Pages.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("已公开答复的代表建议：编号、标题、提出代表、各答复单位最新一次经审核并同意公开的答复。")]
public sealed record SuggestionDocument : ApiObject
{
    [Description("建议编号。")] public required string Number { get; init; }
    [Description("标题。")] public required string Title { get; init; }
    [Description("提出时间：during_session 大会期间，between_sessions 闭会期间。")] public required SuggestionSource Source { get; init; }
    [ApiLink, Description("提出建议的会次；闭会期间提出的为 null。")] public string? Session { get; init; }
    [Description("建议类别名称；没有时为 null。")] public string? Category { get; init; }
    [Description("办理方式：split 分办，joint 会办（主办、协办）；未定时为 null。")] public HandlingMode? HandlingMode { get; init; }
    [Description("提出建议的代表，按署名顺序。")] public required IReadOnlyList<SuggestionDeputyDocument> Deputies { get; init; }
    [Description("各答复单位及其答复。")] public required IReadOnlyList<SuggestionAnswerDocument> Answers { get; init; }
}

[Description("建议的一位署名代表。")]
public sealed record SuggestionDeputyDocument
{
    [ApiLink, Description("代表（市人大代表才有地址；其他层级的代表为 null）。")] public string? Deputy { get; init; }
    [Description("姓名。")] public required string Name { get; init; }
    [Description("署名方式：lead 领衔，co_signer 附议，merged 并案建议的代表。")] public required SuggestionDeputyRole Role { get; init; }
}

[Description("一个答复单位的答复。单位不同意公开时只列单位，reply 为 null。")]
public sealed record SuggestionAnswerDocument
{
    [ApiLink, Description("答复单位。")] public required string Unit { get; init; }
    [Description("承办角色：split 分办，lead 主办。")] public required AssignmentRole Role { get; init; }
    [Description("答复是否公开。")] public required bool Published { get; init; }
    [Description("公开的答复；未公开时为 null。")] public SuggestionReplyDocument? Reply { get; init; }
}

[Description("公开的答复。")]
public sealed record SuggestionReplyDocument
{
    [Description("答复分类代码，如 A（已解决或采纳）。")] public required string Classification { get; init; }
    [Description("答复日期。")] public required DateOnly RepliedOn { get; init; }
    [Description("答复全文。")] public required string Text { get; init; }
}

public sealed class SuggestionsKind : OpenDataKind
{
    public override string Name => "suggestions";
    public override string TypeName => "suggestion";
    public override string Title => "代表建议及答复";
    public override string Description => "已公开答复的代表建议：至少有一个答复单位的最新答复经审核并同意公开。"
        + "只含编号、标题、会次、类别、署名代表的姓名和各单位的答复；建议原文的附件、代表和单位的联系方式、满意度测评不公开。"
        + "答复撤回公开后，建议在列表中成为墓碑。";
    public override Type DocumentType => typeof(SuggestionDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<Suggestion>(s => s.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Suggestions.Disclosed().Select(s => s.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var published = db.Suggestions.AsNoTracking().Disclosed().Where(s => ids.Contains(s.Id));
        var suggestions = await published
            .Select(s => new
            {
                s.Id, s.Number, s.Title, s.Source, s.Mode, s.SessionId,
                Category = db.SuggestionCategories.Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (suggestions.Count == 0) return new Dictionary<int, ApiObject>();
        // Names only, and whether the deputy has a public profile: no private data is read.
        var deputies = (await (
                from d in published.SelectMany(s => s.Deputies)
                join deputy in db.Deputies on d.DeputyId equals deputy.Id
                orderby d.Order
                select new { d.SuggestionId, d.DeputyId, deputy.Name, d.Role, Public = deputy.Level == DeputyLevel.Municipal })
            .ToListAsync(ct)).ToLookup(d => d.SuggestionId);
        var answers = (await published
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering))
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.SuggestionId, a.UnitId, a.Role,
                Latest = a.Replies.Where(r => r.ReviewedAt != null).OrderByDescending(r => r.Round)
                    .Select(r => new { r.Classification, r.FiledOn, r.IsPublished, Text = r.IsPublished ? r.Text : null })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct)).ToLookup(a => a.SuggestionId);
        return suggestions.ToDictionary(s => s.Id, s => (ApiObject)new SuggestionDocument
        {
            Id = OpenDataLinks.Of(Name, s.Id), Type = TypeName, Web = links.Page("/Suggestions/Details", new { id = s.Id }),
            Number = s.Number, Title = s.Title, Source = s.Source, Session = OpenDataLinks.OfOptional("sessions", s.SessionId),
            Category = s.Category, HandlingMode = s.Mode,
            Deputies = [.. deputies[s.Id].Select(d => new SuggestionDeputyDocument
            {
                Deputy = d.Public ? OpenDataLinks.Of("deputies", d.DeputyId) : null, Name = d.Name, Role = d.Role,
            })],
            Answers = [.. answers[s.Id].Select(a => new SuggestionAnswerDocument
            {
                Unit = OpenDataLinks.Of("units", a.UnitId), Role = a.Role,
                Published = a.Latest is { IsPublished: true, Text: not null },
                Reply = a.Latest is { IsPublished: true, Text: { } text } ? new SuggestionReplyDocument { Classification = a.Latest.Classification, RepliedOn = a.Latest.FiledOn, Text = text } : null,
            })],
        });
    }
}
