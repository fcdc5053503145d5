using System.ComponentModel;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("公开的代表议案：案由、案据、方案、提出人、领衔和联名代表、大会主席团的决定及其后的办理情况。")]
public sealed record ProposalDocument : ApiObject
{
    [Description("议案编号；登记时给出，没有时为 null。")] public string? Number { get; init; }
    [ApiLink, Description("提出议案的会次。")] public required string Session { get; init; }
    [Description("案由（标题）。")] public required string Subject { get; init; }
    [Description("案据。")] public required string Grounds { get; init; }
    [Description("方案。")] public required string Solution { get; init; }
    [Description("提出人：deputies 代表十人以上联名，delegation 代表团，presidium 大会主席团，standing_committee 常务委员会，special_committee 专门委员会，government 市人民政府。")]
    public required ProposerKind ProposerKind { get; init; }
    [ApiLink, Description("提出议案的代表团；不是代表团提出时为 null。")] public string? ProposerDelegation { get; init; }
    [ApiLink, Description("提出议案的委员会；不是委员会提出时为 null。")] public string? ProposerCommittee { get; init; }
    [Description("领衔代表；不是代表联名提出时为 null。")] public ProposalDeputyDocument? Lead { get; init; }
    [Description("已确认联名的代表，按署名顺序（受邀未确认或谢绝的代表不列）。")] public required IReadOnlyList<ProposalDeputyDocument> CoSigners { get; init; }
    [Description("登记日期；没有时为 null。")] public DateOnly? RegisteredOn { get; init; }
    [Description("办理情况：registered 待主席团决定，withdrawn 已撤回，on_agenda 列入会议议程，referred_to_committee 交专门委员会审议，committee_reported 委员会已报告，not_on_agenda 不列入会议议程，converted_to_suggestion 作为建议处理，concluded 已办结。")]
    public required ProposalStatus Status { get; init; }
    [Description("办理情况的中文名称，如“列入会议议程”。")] public required string StatusLabel { get; init; }
    [Description("大会主席团的决定；尚未决定（或已撤回）时为 null。")] public ProposalDecisionDocument? Decision { get; init; }
    [Description("专门委员会的审议结果报告；尚未报告时为 null。")] public ProposalCommitteeReportDocument? CommitteeReport { get; init; }
    [Description("审议结果（大会决定或常委会审议结果）；尚未记录时为 null。")] public ProposalResultDocument? Result { get; init; }
    [ApiLink, Description("作为建议处理时所转成的建议；仅在该建议的答复公开后给出，否则为 null。")] public string? Suggestion { get; init; }
}

[Description("议案的一位署名代表。")]
public sealed record ProposalDeputyDocument
{
    [ApiLink, Description("代表（市人大代表才有地址；其他层级的代表为 null）。")] public string? Deputy { get; init; }
    [Description("姓名。")] public required string Name { get; init; }
}

[Description("大会主席团对议案的决定。")]
public sealed record ProposalDecisionDocument
{
    [Description("决定：on_agenda 列入会议议程，referred_to_committee 交专门委员会审议，not_on_agenda 不列入会议议程，converted_to_suggestion 作为建议处理。")]
    public required ProposalDecision Kind { get; init; }
    [Description("决定的中文名称，如“交专门委员会审议”。")] public required string Label { get; init; }
    [Description("决定日期；没有时为 null。")] public DateOnly? DecidedOn { get; init; }
    [Description("理由或说明；没有时为 null。")] public string? Reason { get; init; }
    [ApiLink, Description("交付审议的专门委员会；不是交委员会审议时为 null。")] public string? Committee { get; init; }
    [Description("审议结果报告期限；没有时为 null。")] public DateOnly? ReportDueOn { get; init; }
}

[Description("专门委员会的审议结果报告。")]
public sealed record ProposalCommitteeReportDocument
{
    [Description("报告日期；没有时为 null。")] public DateOnly? ReportedOn { get; init; }
    [Description("报告全文。")] public required string Text { get; init; }
}

[Description("议案的审议结果。")]
public sealed record ProposalResultDocument
{
    [Description("结果日期；没有时为 null。")] public DateOnly? ResultOn { get; init; }
    [Description("审议结果。")] public required string Text { get; init; }
}

public sealed class ProposalsKind : OpenDataKind
{
    public override string Name => "proposals";
    public override string TypeName => "proposal";
    public override string Title => "议案";
    public override string Description => "工作人员公开的代表议案：编号、会次、案由、案据、方案、提出人、领衔和已确认联名的代表（姓名及市人大代表的地址）、"
        + "大会主席团的决定（列入议程、交专门委员会审议、不列入议程、作为建议处理）及理由、委员会审议结果报告和审议结果。"
        + "草稿、未公开的议案、受邀未确认或谢绝联名的代表、附件和办理过程记录不公开。撤回公开后，议案在列表中成为墓碑。";
    public override Type DocumentType => typeof(ProposalDocument);

    // A proposal converted to a suggestion links it once that suggestion's reply is public: a save of the suggestion may change it.
    public override IReadOnlyList<OpenDataSource> Sources { get; } =
        [OpenDataSource.Of<Proposal>(p => p.Id), OpenDataSource.Of<Suggestion>(s => s.ProposalId)];

    public override IQueryable<int> PublicIds(AppDbContext db) => db.Proposals.Published().Select(p => p.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var published = db.Proposals.AsNoTracking().Published().Where(p => ids.Contains(p.Id));
        // Only the columns the public page shows: the status reason, attachments and events never leave the database here.
        var proposals = await published
            .Select(p => new
            {
                p.Id, p.Number, p.SessionId, p.Subject, p.Grounds, p.Solution, p.Kind, p.DelegationId, p.CommitteeId, p.LeadDeputyId,
                p.RegisteredOn, p.Status, p.DecidedOn, p.DecisionReason, p.ReferredCommitteeId, p.ReportDueOn, p.ReportedOn, p.ReportText,
                p.ResultOn, p.ResultText,
                Suggestion = db.Suggestions.Disclosed().Where(s => s.Id == p.SuggestionId).Select(s => (int?)s.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (proposals.Count == 0) return new Dictionary<int, ApiObject>();
        var signers = (await (
                from s in published.SelectMany(p => p.Signers.AsQueryable().Where(ProposalSigner.HasSignedRule))
                join deputy in db.Deputies on s.DeputyId equals deputy.Id
                orderby s.Order
                select new { s.ProposalId, s.DeputyId, s.Role, deputy.Name, Public = deputy.Level == DeputyLevel.Municipal })
            .ToListAsync(ct)).ToLookup(s => s.ProposalId);
        var leadIds = proposals.Where(p => p.LeadDeputyId is not null).Select(p => p.LeadDeputyId!.Value).Distinct().ToList();
        var leads = await db.Deputies.AsNoTracking().Where(d => leadIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, Public = d.Level == DeputyLevel.Municipal })
            .ToDictionaryAsync(d => d.Id, d => new ProposalDeputyDocument { Deputy = d.Public ? OpenDataLinks.Of("deputies", d.Id) : null, Name = d.Name }, ct);
        return proposals.ToDictionary(p => p.Id, p =>
        {
            var decision = ProposalWorkflow.DecisionOf(p.Status, p.ReferredCommitteeId);
            return (ApiObject)new ProposalDocument
            {
                Id = OpenDataLinks.Of(Name, p.Id), Type = TypeName, Web = links.Page("/Proposals/Details", new { id = p.Id }),
                Number = p.Number, Session = OpenDataLinks.Of("sessions", p.SessionId), Subject = p.Subject, Grounds = p.Grounds, Solution = p.Solution,
                ProposerKind = p.Kind,
                ProposerDelegation = OpenDataLinks.OfOptional("delegations", p.DelegationId),
                ProposerCommittee = OpenDataLinks.OfOptional("committees", p.CommitteeId),
                Lead = p.LeadDeputyId is { } lead ? leads.GetValueOrDefault(lead) : null,
                CoSigners = [.. signers[p.Id].Where(s => s.Role == ProposalSignerRole.CoSigner)
                    .Select(s => new ProposalDeputyDocument { Deputy = s.Public ? OpenDataLinks.Of("deputies", s.DeputyId) : null, Name = s.Name })],
                RegisteredOn = p.RegisteredOn,
                Status = p.Status,
                StatusLabel = ProposalWorkflow.StatusLabel(p.Status),
                Decision = ProposalWorkflow.PresidiumDecision(p.Status, p.ReferredCommitteeId) is { } label
                    ? new ProposalDecisionDocument
                    {
                        Kind = decision, Label = label, DecidedOn = p.DecidedOn, Reason = p.DecisionReason,
                        Committee = OpenDataLinks.OfOptional("committees", p.ReferredCommitteeId), ReportDueOn = p.ReferredCommitteeId is null ? null : p.ReportDueOn,
                    }
                    : null,
                CommitteeReport = p.ReportText is { } report ? new ProposalCommitteeReportDocument { ReportedOn = p.ReportedOn, Text = report } : null,
                Result = p.ResultText is { } result ? new ProposalResultDocument { ResultOn = p.ResultOn, Text = result } : null,
                Suggestion = OpenDataLinks.OfOptional("suggestions", p.Suggestion),
            };
        });
    }
}
