using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Pages.Staff.Legislation.Plans;

/// <summary>A plan's kind, year, title and summary, named like <see cref="LegislationPlanDraft"/>.</summary>
public sealed record PlanCommand
{
    [Display(Name = "类别")]
    public LegislationPlanKind Kind { get; init; } = LegislationPlanKind.Annual;

    [Required(ErrorMessage = "请填写年度"), Display(Name = "年度（立法规划为第一年）")]
    public int? Year { get; init; }

    [Required(ErrorMessage = "请填写计划名称"), StringLength(200, ErrorMessage = "计划名称不能超过200个字"), Display(Name = "名称")]
    public string? Title { get; init; }

    [Display(Name = "说明")]
    public string? Summary { get; init; }

    public LegislationPlanDraft ToDraft() => new(Kind, Year ?? 0, Title ?? "", Summary);
}

/// <summary>An item of a plan, named like <see cref="PlanItemDraft"/>; its source suggestions typed by number.</summary>
public sealed record ItemCommand
{
    [Display(Name = "项目类别")]
    public PlanItemKind Kind { get; init; } = PlanItemKind.Deliberation;

    [Display(Name = "立法形式")]
    public LegislationKind LegislationKind { get; init; } = LegislationKind.Enact;

    [Required(ErrorMessage = "请填写项目名称"), Display(Name = "项目名称")]
    public string? Title { get; init; }

    [Display(Name = "起草单位")]
    public string? DraftingBody { get; init; }

    [Display(Name = "负责的专门委员会")]
    public int? CommitteeId { get; init; }

    [Display(Name = "目标常委会会议")]
    public int? TargetMeetingId { get; init; }

    [Display(Name = "所涉法规")]
    public int? RegulationId { get; init; }

    [Display(Name = "说明")]
    public string? Note { get; init; }

    [Display(Name = "来源建议（编号，用空格或逗号分隔）"), Infrastructure.ForField(nameof(PlanItemDraft.SourceSuggestionIds))]
    public string? SourceSuggestionNumbers { get; init; }

    [Display(Name = "依据的计划调整")]
    public int? AmendmentId { get; init; }

    public IReadOnlyList<string> Numbers() =>
        (SourceSuggestionNumbers ?? "").Split([',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();

    public PlanItemDraft ToDraft(IReadOnlyList<int> suggestionIds) =>
        new(Kind, LegislationKind, Title ?? "", DraftingBody, CommitteeId, TargetMeetingId, RegulationId, Note, suggestionIds, AmendmentId);
}

/// <summary>The plan's adoption or an amendment (named like <see cref="LegislationPlanAdoption"/>).</summary>
public sealed record AdoptionCommand
{
    [Required(ErrorMessage = "请填写日期"), Display(Name = "日期")]
    public DateOnly? AdoptedOn { get; init; }

    [Display(Name = "会议")]
    public int? MeetingId { get; init; }

    [Display(Name = "调整内容")]
    public string? Summary { get; init; }

    public LegislationPlanAdoption ToAdoption() => new(AdoptedOn!.Value, MeetingId, Summary);
}

/// <summary>Cancelling an item: which, under which amendment (after adoption), and why.</summary>
public sealed record CancelItemCommand
{
    [Required(ErrorMessage = "请选择项目"), Display(Name = "项目")]
    public int? ItemId { get; init; }

    [Display(Name = "依据的计划调整")]
    public int? AmendmentId { get; init; }

    [Display(Name = "取消理由")]
    public string? Reason { get; init; }
}
