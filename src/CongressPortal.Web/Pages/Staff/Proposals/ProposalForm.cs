using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// What staff fill in to register or correct a paper proposal (登记议案, 修改议案). The properties are named like
/// <see cref="ProposalDraft"/>'s, so a refusal's field key puts its message next to the input (<see cref="Forms"/>).
/// </summary>
public sealed record ProposalCommand
{
    public uint Version { get; init; }

    [Display(Name = "所属会议")]
    public int? SessionId { get; init; }

    [Required(ErrorMessage = "请选择提案人"), Display(Name = "提案人")]
    public ProposerKind? Kind { get; init; }

    [Display(Name = "领衔代表")]
    public int? LeadDeputyId { get; init; }

    // A List (not IReadOnlyList) so that model binding fills it from the multiple select.
    [Display(Name = "联名代表")]
    public List<int> CoSignerIds { get; init; } = [];

    [Display(Name = "代表团")]
    public int? DelegationId { get; init; }

    [Display(Name = "专门委员会")]
    public int? CommitteeId { get; init; }

    [Display(Name = "案由")]
    public string? Subject { get; init; }

    [Display(Name = "案据")]
    public string? Grounds { get; init; }

    [Display(Name = "方案")]
    public string? Solution { get; init; }

    /// <summary>The suggestion category, when staff register a proposal that cannot be one as a suggestion instead.</summary>
    [Display(Name = "建议类别")]
    public int? CategoryId { get; init; }

    public ProposalDraft ToDraft() => new(
        SessionId ?? 0,
        Kind ?? ProposerKind.Deputies,
        LeadDeputyId,
        CoSignerIds.Where(id => id > 0).ToList(),
        DelegationId,
        CommitteeId,
        Subject ?? "",
        Grounds ?? "",
        Solution ?? "");

    public static ProposalCommand From(Proposal p) => new()
    {
        Version = p.Version,
        SessionId = p.SessionId,
        Kind = p.Kind,
        LeadDeputyId = p.LeadDeputyId,
        CoSignerIds = p.CoSigners.Select(s => s.DeputyId).ToList(),
        DelegationId = p.DelegationId,
        CommitteeId = p.CommitteeId,
        Subject = p.Subject,
        Grounds = p.Grounds,
        Solution = p.Solution,
    };
}

/// <summary>The choices of the register and edit forms.</summary>
public sealed record ProposalChoices(
    IReadOnlyList<SelectListItem> Sessions,
    IReadOnlyList<SelectListItem> Kinds,
    IReadOnlyList<SelectListItem> Deputies,
    IReadOnlyList<SelectListItem> Delegations,
    IReadOnlyList<SelectListItem> Committees,
    IReadOnlyList<SelectListItem> Categories)
{
    public static readonly ProposalChoices Empty = new([], [], [], [], [], []);
}

/// <summary>What the shared fields partial (_ProposalFields) shows.</summary>
public sealed record ProposalFieldsView(ProposalCommand Input, ProposalChoices Choices);

public static class ProposalForm
{
    public const string Prefix = "Input";

    /// <summary>Every problem of the draft next to its field (or at the top), so staff see them all at once.</summary>
    public static void Show(IEnumerable<Refusal> problems, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var problem in problems) modelState.AddModelError(Forms.KeyFor(problem, typeof(ProposalCommand), Prefix), problem.Message);
    }

    public static void Show<T>(CommandResult<T> result, ModelStateDictionary modelState) =>
        result.AddTo(modelState, typeof(ProposalCommand), Prefix, filesKey: Pages.Staff.Suggestions.CreateModel.AttachmentsField);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The choices: sessions newest first; the serving municipal deputies of the chosen session's term (of the current
    /// term when none is chosen) in stroke order, plus whoever the form already names; the term's delegations; the
    /// special committees in use; the suggestion categories in use.
    /// </summary>
    public static async Task<ProposalChoices> ChoicesAsync(AppDbContext db, ProposalCommand input, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var sessions = await db.Sessions.AsNoTracking()
            .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
            .Select(s => new { s.Id, s.TermId, s.Number, Term = s.Term.Number, s.StartDate })
            .ToListAsync(ct);
        var termId = sessions.FirstOrDefault(s => s.Id == input.SessionId)?.TermId ?? await db.Terms.AsNoTracking().CurrentTermIdAsync(today, ct);
        var named = input.CoSignerIds.Append(input.LeadDeputyId ?? 0).Where(id => id > 0).ToList();
        var deputies = await db.Deputies.AsNoTracking()
            .Where(d => (d.Level == DeputyLevel.Municipal && d.Status == DeputyStatus.Serving && (termId == null || d.TermId == termId)) || named.Contains(d.Id))
            .OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name, d.Number, Delegation = d.Delegation != null ? d.Delegation.Name : null })
            .ToListAsync(ct);
        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => (d.IsActive && (termId == null || d.TermId == termId)) || d.Id == input.DelegationId)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new { d.Id, d.Name })
            .ToListAsync(ct);
        var committees = await SpecialCommitteesAsync(db, input.CommitteeId, ct);
        var categories = await db.SuggestionCategories.AsNoTracking()
            .Where(c => c.IsActive || c.Id == input.CategoryId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(ct);
        return new ProposalChoices(
            sessions.Select(s => new SelectListItem($"{CongressSession.FormatName(s.Term, s.Number)}（{s.StartDate.Year}年）", Id(s.Id))).ToList(),
            Enum.GetValues<ProposerKind>().Select(k => new SelectListItem(ProposalWorkflow.KindLabel(k), k.ToString())).ToList(),
            deputies.Select(d => new SelectListItem(Pages.Staff.Suggestions.CreateModel.SuggestionForm.DeputyLabel(d.Name, d.Number, d.Delegation), Id(d.Id))).ToList(),
            delegations.Select(d => new SelectListItem(d.Name, Id(d.Id))).ToList(),
            committees,
            categories.Select(c => new SelectListItem(c.Name, Id(c.Id))).ToList());
    }

    /// <summary>The special committees in use (and <paramref name="keep"/>, already chosen), for the proposer and referral selects.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> SpecialCommitteesAsync(AppDbContext db, int? keep, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var committees = await db.Committees.AsNoTracking()
            .Where(c => (c.Kind == CommitteeKind.Special && c.IsActive) || c.Id == keep)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(ct);
        return committees.Select(c => new SelectListItem(c.Name, Id(c.Id))).ToList();
    }

    /// <summary>Who proposed, as lists show it: the kind, and for deputies the lead's name and "等N人".</summary>
    public static string Proposer(ProposerKind kind, string? lead, int signers, string? body) => kind switch
    {
        ProposerKind.Deputies => signers > 1 ? $"{lead}等{signers}人" : lead ?? "",
        ProposerKind.Delegation => body ?? ProposalWorkflow.KindLabel(kind),
        ProposerKind.SpecialCommittee => body ?? ProposalWorkflow.KindLabel(kind),
        _ => ProposalWorkflow.KindLabel(kind),
    };
}
